import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main, type MessageRecord} from '@folio/cli';
import {testCacheDir} from './helpers/make-site.js';

// 2026-03-01T07:30:00Z: still February 28 in Los Angeles, already March 1 in Berlin.
const now = Date.UTC(2026, 2, 1, 7, 30);

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'folio-scaffold-'));
}

function run(argv: string[]) {
  // Nothing here is deployed: no record to fetch.
  return main(argv, {now, cacheDir: testCacheDir, published: 'none'});
}

async function checkJson(content: string): Promise<{exitCode: number; messages: MessageRecord[]}> {
  const result = await run(['check', '--content', content, '--format', 'json']);
  return {exitCode: result.exitCode, messages: JSON.parse(result.stdout) as MessageRecord[]};
}

/** `init`, then `new`, then `check` and `build`: every step clean. */
async function startAndPublish(extra: string[]): Promise<{content: string; out: string; post: string}> {
  const root = await folder();
  const content = join(root, 'content');
  const init = await run(['init', content, '--time-zone', 'America/Los_Angeles', '--title', 'A Test Site', ...extra]);
  expect(init.stderr).toBe('');
  expect(init.exitCode).toBe(0);
  const created = await run(['new', 'Notes on CAP: a — first try', '--content', content]);
  expect(created.exitCode).toBe(0);
  const post = created.stdout.trim();
  expect(post).toBe(join(content, 'posts', '2026-02-28-notes-on-cap-a-first-try.md'));
  expect(await checkJson(content)).toEqual({exitCode: 0, messages: []});
  const out = join(root, 'dist');
  const build = await run(['build', '--content', content, '--out', out]);
  expect(build.stderr).toBe('');
  expect(build.exitCode).toBe(0);
  expect(await checkJson(content)).toEqual({exitCode: 0, messages: []});
  return {content, out, post};
}

describe('folio init and folio new', () => {
  it('should start a site that checks and builds clean, with a post dated today in its zone', async () => {
    const {content, out, post} = await startAndPublish([]);
    expect((await readdir(content)).sort()).toEqual(['README.md', 'pages', 'permalinks.json', 'posts', 'site.yaml']);
    expect(await readFile(post, 'utf8')).toBe('---\ntitle: "Notes on CAP: a — first try"\ndate: 2026-02-28\n---\n\n');
    expect(await readFile(join(content, 'README.md'), 'utf8')).toContain('posts/            one essay per file');
    expect(existsSync(join(out, '2026/02/28/notes-on-cap-a-first-try/index.html'))).toBe(true);
    expect(existsSync(join(out, '2026/02/28/hello-world/index.html'))).toBe(true);
    expect(existsSync(join(out, 'about/index.html'))).toBe(true);
  });

  it('should start a site under a base path that checks and builds clean', async () => {
    const {content, out} = await startAndPublish(['--base-url', 'https://name.github.io/repo/']);
    expect(await readFile(join(content, 'site.yaml'), 'utf8')).toContain('baseUrl: https://name.github.io/repo\n');
    const feed = await readFile(join(out, 'atom.xml'), 'utf8');
    expect(feed).toContain('https://name.github.io/repo/2026/02/28/hello-world/');
  });

  it('should date a post by the site’s time zone', async () => {
    const content = join(await folder(), 'site');
    await run(['init', content, '--time-zone', 'Europe/Berlin']);
    const created = await run(['new', 'Later', '--content', content]);
    expect(created.stdout.trim()).toBe(join(content, 'posts', '2026-03-01-later.md'));
  });

  it('should write into the posts folder site.yaml names', async () => {
    const content = join(await folder(), 'site');
    await run(['init', content, '--time-zone', 'UTC']);
    const yaml = join(content, 'site.yaml');
    await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('posts: posts', 'posts: _posts'));
    const created = await run(['new', 'Elsewhere', '--content', content]);
    expect(created.stdout.trim()).toBe(join(content, '_posts', '2026-03-01-elsewhere.md'));
    expect((await checkJson(content)).exitCode).toBe(0);
  });

  it('should never overwrite a post (exit 2) and keep the one there', async () => {
    const content = join(await folder(), 'site');
    await run(['init', content, '--time-zone', 'UTC']);
    const path = join(content, 'posts', '2026-03-01-twice.md');
    await writeFile(path, 'mine');
    const again = await run(['new', 'Twice', '--content', content]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('Unexpected existing file');
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect((await readdir(join(content, 'posts'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('should refuse a folder that is not empty, writing nothing (exit 2)', async () => {
    const content = await folder();
    await writeFile(join(content, 'notes.txt'), 'mine');
    const result = await run(['init', content]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Unexpected non-empty folder');
    expect(await readdir(content)).toEqual(['notes.txt']);
  });

  it('should accept an empty folder', async () => {
    const content = await folder();
    await mkdir(content, {recursive: true});
    expect((await run(['init', content, '--time-zone', 'UTC'])).exitCode).toBe(0);
  });

  it('should refuse bad usage with exit 2', async () => {
    const content = join(await folder(), 'site');
    expect((await run(['init'])).exitCode).toBe(2);
    expect((await run(['init', content, '--base-url', 'example.com'])).stderr).toContain('`--base-url`');
    expect((await run(['init', content, '--time-zone', 'Mars/Olympus'])).stderr).toContain('`--time-zone`');
    expect(existsSync(content)).toBe(false);
    expect((await run(['new', '--content', content])).exitCode).toBe(2);
    const noSite = await run(['new', 'A title', '--content', content]);
    expect(noSite.exitCode).toBe(2);
    expect(noSite.stderr).toContain('Unexpected missing `site.yaml`');
    await run(['init', content, '--time-zone', 'UTC']);
    expect((await run(['new', '  ', '--content', content])).exitCode).toBe(2);
    expect((await run(['new', 'A\u0007bell', '--content', content])).exitCode).toBe(2);
  });
});
