import {describe, expect, it} from 'vitest';
import {makeSite, runCli} from './helpers/make-site.js';

const broken = '---\ntitle: Broken\ndate: 2020-01-02\n---\n\n## Section {#section}\n\nA [link](#sectoin).\n';
const fine = '---\ntitle: Fine\ndate: 2020-01-03\n---\n\nA [link](./2020-01-02-broken.md#section).\n';

describe('cli', () => {
  it('should exit 2 with usage for an unknown command or option', async () => {
    const command = await runCli(['publish']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unexpected command `publish`');
    const format = await runCli(['check', '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('`--format`');
  });

  it('should exit 2 when site.yaml is broken', async () => {
    const dir = await makeSite({'site.yaml': 'title: [oops\n'});
    const run = await runCli(['check', '--content', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    const messages = JSON.parse(run.stdout) as Array<{file: string; line: number}>;
    expect(messages[0]?.file).toBe('site.yaml');
  });

  it('should print only the JSON array on stdout, with the contract fields', async () => {
    const dir = await makeSite({'posts/2020-01-02-broken.md': broken, 'posts/2020-01-03-fine.md': fine});
    const run = await runCli(['check', '--content', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      file: 'posts/2020-01-02-broken.md',
      line: 8,
      column: 3,
      endLine: 8,
      endColumn: 19,
      ruleId: 'no-missing-anchor',
      source: 'folio',
      severity: 'error'
    });
    expect(messages[0]?.message).toContain('did you mean `#section`?');
    expect(String(messages[0]?.url)).toMatch(/no-missing-anchor\.md$/);
  });

  it('should report on the named file only while resolving links across the site', async () => {
    const dir = await makeSite({'posts/2020-01-02-broken.md': broken, 'posts/2020-01-03-fine.md': fine});
    const onlyFine = await runCli(['check', 'posts/2020-01-03-fine.md', '--content', dir, '--format', 'json']);
    expect(onlyFine.code).toBe(0);
    expect(JSON.parse(onlyFine.stdout)).toEqual([]);
    const unknown = await runCli(['check', 'posts/nope.md', '--content', dir]);
    expect(unknown.code).toBe(2);
  });

  it('should print GitHub workflow commands relative to the working directory', async () => {
    const dir = await makeSite({'posts/2020-01-02-broken.md': broken});
    const run = await runCli(['check', '--content', '.', '--format', 'github'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=posts\/2020-01-02-broken\.md,line=8,col=3,endLine=8,endColumn=19,title=no-missing-anchor::Unexpected missing anchor/);
  });

  it('should print SARIF 2.1.0', async () => {
    const dir = await makeSite({'posts/2020-01-02-broken.md': broken});
    const run = await runCli(['check', '--content', dir, '--format', 'sarif']);
    const log = JSON.parse(run.stdout) as {version: string; runs: Array<{results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {region: {startLine: number}}}>}>}>};
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0]?.results[0];
    expect(result?.ruleId).toBe('no-missing-anchor');
    expect(result?.level).toBe('error');
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBe(8);
  });

  it('should print a readable report with the file, position, rule and suggestion', async () => {
    const dir = await makeSite({'posts/2020-01-02-broken.md': broken});
    const run = await runCli(['check', '--content', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('8:3-8:19');
    expect(run.stderr).toContain('no-missing-anchor');
    expect(run.stderr).toContain('did you mean `#section`?');
  });
});
