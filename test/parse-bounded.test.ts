import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {findParseHazard} from '@folio/lint';
import {describe, expect, it} from 'vitest';
import {makeSite, testCacheDir} from './helpers/make-site.js';

const root = resolve(import.meta.dirname, '..');
const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2020-01-02\n---\n\n${body}\n`;

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile() && /\.(?:md|markdown)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

async function hazardsIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of await markdownFiles(dir)) {
    const hazard = findParseHazard(await readFile(path, 'utf8'));
    if (hazard) found.push(`${path}:${hazard.line}: ${hazard.reason}`);
  }
  return found;
}

describe('bounded parsing', () => {
  it('should refuse a slow-to-parse post alone, and still check the rest of the site', async () => {
    const dir = await makeSite({
      'posts/2020-01-01-slow.md': post('Slow', `A [broken](#nowhere) link.\n\n${'['.repeat(50_000)}${']'.repeat(50_000)}`),
      'posts/2020-01-02-fine.md': post('Fine', 'A [broken](#nowhere) link.')
    });
    const run = await main(['check', '--content', dir, '--format', 'json', '--published', 'none'], {cacheDir: testCacheDir});
    const messages = JSON.parse(run.stdout) as MessageRecord[];
    expect(run.exitCode).toBe(1);
    expect(messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId} ${message.severity}`)).toEqual([
      'posts/2020-01-01-slow.md:8:1 parse error',
      'posts/2020-01-02-fine.md:6:3 no-missing-anchor error'
    ]);
    expect(messages[0]?.message).toMatch(/^Unexpected paragraph of 1 line with 100000 inline markers/);
    expect(messages[0]?.url).toMatch(/docs\/parse\.md$/);
  });

  it('should make build refuse a slow-to-parse post and write nothing', async () => {
    const dir = await makeSite({'posts/2020-01-01-slow.md': post('Slow', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`)});
    const out = join(await mkdtemp(join(tmpdir(), 'folio-bounded-')), 'out');
    const run = await main(['build', '--content', dir, '--out', out, '--published', 'none'], {cacheDir: testCacheDir});
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain('6:1');
    expect(run.stdout + run.stderr).toContain('Unexpected run of 20000 `*` characters, expected at most 200 in a row');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('should find nothing to refuse in any fixture site', async () => {
    expect(await markdownFiles(join(root, 'test/fixtures'))).not.toHaveLength(0);
    expect(await hazardsIn(join(root, 'test/fixtures'))).toEqual([]);
  });

  it('should find nothing to refuse in a 1,000-post bench corpus', async () => {
    // bench/ is plain JavaScript without types: import it by a computed path.
    const corpus = join(root, 'bench/corpus.js');
    const {generateCorpus} = (await import(corpus)) as {generateCorpus: (dir: string, count: number) => Promise<void>};
    const dir = await mkdtemp(join(tmpdir(), 'folio-bounded-corpus-'));
    try {
      await generateCorpus(dir, 1_000);
      expect(await markdownFiles(dir)).toHaveLength(1_001);
      expect(await hazardsIn(dir)).toEqual([]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
