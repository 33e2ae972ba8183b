import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {makeSite, runCli} from './helpers/make-site.js';

/** Eight posts linking to each other's sections, some links broken, one footnote each. */
function site(broken: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= 8; n++) {
    const next = (n % 8) + 1;
    const target = broken && n % 3 === 0 ? 'sectoin' : 'section';
    files[`posts/2020-01-0${n}-post-${n}.md`] = [
      '---',
      `title: Post ${n}`,
      `date: 2020-01-0${n}`,
      '---',
      '',
      `## Section {#section}`,
      '',
      `See [the next post](./2020-01-0${next}-post-${next}.md#${target}) and a note.[^1]`,
      '',
      '[^1]: The note.',
      ''
    ].join('\n');
  }
  return files;
}

/**
 * More posts than a thread keeps live trees for (a thousand), the broken
 * links in the last ones, whose trees wait packed between the phases.
 */
function largeSite(): Record<string, string> {
  const files: Record<string, string> = {};
  const count = 1010;
  const name = (n: number): string => `2020-01-01-post-${String(n).padStart(4, '0')}`;
  for (let n = 1; n <= count; n++) {
    const target = n > count - 3 ? 'sectoin' : 'section';
    files[`posts/${name(n)}.md`] = [
      '---',
      `title: Post ${n}`,
      'date: 2020-01-01',
      '---',
      '',
      '## Section {#section}',
      '',
      `See [the first post](./${name(1)}.md#${target}), \`code\` and a note.[^1]`,
      '',
      '[^1]: The note.',
      ''
    ].join('\n');
  }
  return files;
}

describe('worker threads', () => {
  it('should report exactly what one thread reports', async () => {
    const dir = await makeSite(site(true));
    const one = await runCli(['check', '--content', dir, '--format', 'json'], undefined, false, {FOLIO_WORKERS: '1'});
    const three = await runCli(['check', '--content', dir, '--format', 'json'], undefined, false, {FOLIO_WORKERS: '3'});
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout)).toHaveLength(2);
    expect(three).toEqual(one);
  });

  it('should build byte-identical output to one thread', async () => {
    const dir = await makeSite(site(false));
    expect((await runCli(['build', '--content', dir, '--out', `${dir}-one`], undefined, false, {FOLIO_WORKERS: '1'})).code).toBe(0);
    expect((await runCli(['build', '--content', dir, '--out', `${dir}-two`], undefined, false, {FOLIO_WORKERS: '2'})).code).toBe(0);
    const one = await readTree(`${dir}-one`);
    expect(one.size).toBeGreaterThan(8);
    expect(await readTree(`${dir}-two`)).toEqual(one);
  });

  it('should report from the trees a thread keeps packed where it reports from live ones', async () => {
    const dir = await makeSite(largeSite());
    const run = await runCli(['check', '--no-cache', '--content', dir, '--format', 'json'], undefined, false, {FOLIO_WORKERS: '1'});
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout) as Array<{file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string}>;
    expect(messages.map(({file, line, column, endLine, endColumn, ruleId}) => ({file, line, column, endLine, endColumn, ruleId}))).toEqual(
      [1008, 1009, 1010].map((n) => ({file: `posts/2020-01-01-post-${n}.md`, line: 8, column: 5, endLine: 8, endColumn: 56, ruleId: 'no-missing-anchor'}))
    );
  });

  it('should refuse a bad thread count', async () => {
    const run = await runCli(['check'], undefined, false, {FOLIO_WORKERS: 'many'});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FOLIO_WORKERS');
  });
});
