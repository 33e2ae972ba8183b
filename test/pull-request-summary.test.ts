import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {beforeAll, describe, expect, it} from 'vitest';

// A pull request with 30 errors in three posts, one of which the change
// touches, against a deployed record frozen beside it (`published:`).
const fixture = 'test/fixtures/pull-request';
const changedPost = `${fixture}/posts/2020-01-03-third.md`;

interface Run {
  stdout: string;
  summary: string;
  records: MessageRecord[];
  exitCode: number;
}

async function runInPullRequest(): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-summary-'));
  const changed = join(dir, 'changed-files.txt');
  const summary = join(dir, 'summary.md');
  await writeFile(changed, `README.md\n${changedPost}\n`);
  // The runner's summary file may hold an earlier step's part already.
  await writeFile(summary, '# Earlier step\n\n');
  const run = await main(['check', '--content', fixture, '--format', 'github', '--no-cache'], {ci: true, changedFiles: changed, stepSummary: summary, githubServerUrl: 'https://github.com', githubRepository: 'a-writer/essays'});
  const json = await main(['check', '--content', fixture, '--format', 'json', '--no-cache']);
  return {stdout: run.stdout, summary: await readFile(summary, 'utf8'), records: JSON.parse(json.stdout) as MessageRecord[], exitCode: run.exitCode};
}

describe('a pull request’s annotations and job summary', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runInPullRequest();
  });

  it('should find the 30 errors of the fixture', () => {
    expect(run.exitCode).toBe(1);
    expect(run.records).toHaveLength(30);
    expect(run.records.every((record) => record.severity === 'error')).toBe(true);
  });

  it('should annotate within GitHub’s limits, the changed file first, and count the rest in a closing notice', () => {
    const lines = run.stdout.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(errors.every((line) => line.includes(`file=${changedPost},`))).toBe(true);
    // In file, line, column order within the changed file.
    const annotatedLines = errors.map((line) => Number(/,line=(\d+),/.exec(line)?.[1]));
    expect(annotatedLines).toEqual([...annotatedLines].sort((a, b) => a - b));
    expect(lines.filter((line) => line.startsWith('::')).length).toBeLessThanOrEqual(50);
    // The other 20 stay readable in the log, and the last line counts them.
    expect(lines.filter((line) => line.startsWith(`${fixture}/posts/`))).toHaveLength(20);
    expect(lines.at(-1)).toBe('::notice title=folio::20 more messages are in the job summary and the log above (GitHub shows 10 annotations of each kind per step)');
  });

  it('should list every message in the summary, grouped by file, with its rule and suggestion', () => {
    expect(run.summary.startsWith('# Earlier step\n\n## folio: 30 errors, 0 warnings\n')).toBe(true);
    const rows = run.summary.split('\n').filter((line) => line.startsWith(`| \`${fixture}/posts/`));
    expect(rows).toHaveLength(30);
    for (const record of run.records) {
      const where = `\`${fixture}/${record.file}:${record.line}:${record.column}\``;
      const row = rows.find((candidate) => candidate.startsWith(`| ${where} |`));
      expect(row, where).toContain(`\`${record.ruleId}\``);
      expect(row, where).toContain(record.message.replaceAll('|', '\\|'));
    }
    const headings = run.summary.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      `### \`${fixture}/posts/2020-01-01-first.md\``,
      `### \`${fixture}/posts/2020-01-02-second.md\``,
      `### \`${fixture}/posts/2020-01-03-third.md\``
    ]);
    expect(rows.find((row) => row.includes('#sectoin-1`'))).toMatch(/\| `#section-1` \|$/);
  });

  it('should say what the change publishes against the deployed record, with page titles', () => {
    const section = run.summary.slice(run.summary.indexOf('## What this change publishes'));
    expect(section).toContain('Against the deployed site’s record.');
    expect(section).toContain('2 added, 1 changed, 1 removed.');
    const row = (url: string) => section.split('\n').find((line) => line.includes(`[\`${url}\`]`)) ?? '';
    expect(row('/2020/01/02/second/')).toMatch(/^\| added \| .* \| Second, with pictures \| \+`#pictures` \| \+ `tag:example\.com,2020-01-02:\/2020\/01\/02\/second\/` \|$/);
    expect(row('/2020/01/03/third/')).toContain('| added |');
    expect(row('/2020/01/01/first/')).toMatch(/^\| changed \| .* \| First \\\| with a bar \| \+`#new-section` \+`#section-1` \|  \|$/);
    expect(row('/2019/06/01/withdrawn/')).toContain('| removed (retired: Withdrawn by the author.) |');
  });

  it('should write the same summary for the same content', async () => {
    await expect(run.summary.replace('# Earlier step\n\n', '')).toMatchFileSnapshot('./__snapshots__/pull-request-summary.md');
  });

  it('should still report every message when the summary cannot be written', async () => {
    const failed = await main(['check', '--content', fixture, '--format', 'github', '--no-cache'], {stepSummary: join(tmpdir(), 'no-such-folder-for-folio', 'summary.md')});
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('Unexpected failure writing the job summary');
    expect(failed.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(10);
  });

  it('should write no summary without `GITHUB_STEP_SUMMARY`, and say the rest are in the log', async () => {
    const plain = await main(['check', '--content', fixture, '--format', 'github', '--no-cache']);
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe('::notice title=folio::20 more messages are in the log above (GitHub shows 10 annotations of each kind per step)');
    // Without a list of changed files, the first ten in path order are annotated.
    expect(plain.stdout.split('\n').filter((line) => line.startsWith('::error ')).every((line) => line.includes('2020-01-01-first.md'))).toBe(true);
  });
});
