import {readdirSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {makeSite, runCli} from './helpers/make-site.js';

const post = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;
const first = 'posts/2020-01-02-first.md';
const second = 'posts/2020-03-04-second.md';

/** Two posts, the first linking to a section of the second. */
async function twoPosts(): Promise<string> {
  return makeSite({
    [first]: post('First', '2020-01-02', 'See [the part](./2020-03-04-second.md#part).'),
    [second]: post('Second', '2020-03-04', '## Part {#part}\n\nMore.\n\n## Other\n\nText.')
  });
}

/** A fresh cache folder for one test, so what it finds there is its own doing. */
async function cacheFor(): Promise<{env: Record<string, string>; root: string}> {
  const root = await mkdtemp(join(tmpdir(), 'folio-cache-test-'));
  return {root, env: {FOLIO_CACHE_DIR: root}};
}

async function check(dir: string, env: Record<string, string>, ...flags: string[]): Promise<{code: number; messages: Array<{file: string; line: number; column: number; ruleId: string; reason: string}>}> {
  const run = await runCli(['check', '--content', dir, '--format', 'json', ...flags], undefined, false, env);
  return {code: run.code, messages: JSON.parse(run.stdout)};
}

/** The one site folder a test's cache has. */
async function siteCacheOf(root: string): Promise<string> {
  const [site] = await readdir(root);
  if (site === undefined) throw new Error(`Unexpected empty cache \`${root}\`, expected one site`);
  return join(root, site);
}

/**
 * A store of the cache: a line with its header and the hash of the body,
 * then the body. Tests that plant something re-seal it as the cache does,
 * so what they plant passes the cache's own integrity check.
 */
interface Store {
  header: unknown;
  body: {files?: Record<string, {hash?: string; messages?: unknown[]; [key: string]: unknown}>; [key: string]: unknown};
}

async function readStore(path: string): Promise<Store> {
  const text = await readFile(path, 'utf8');
  const end = text.indexOf('\n');
  return {header: JSON.parse(text.slice(0, end)).header, body: JSON.parse(text.slice(end + 1))};
}

async function writeStore(path: string, store: Store): Promise<void> {
  const body = JSON.stringify(store.body);
  await writeFile(path, `${JSON.stringify({header: store.header, digest: createHash('sha1').update(body).digest('base64url')})}\n${body}`);
}

describe('the cache', () => {
  // One test per site: three runs of the CLI each, and the fixtures keep growing.
  const sites = resolve(import.meta.dirname, 'fixtures/sites');
  for (const name of readdirSync(sites).sort()) {
    it(`should give the fixture site \`${name}\` the messages a run without it gives, cold and warm`, async () => {
      const {env} = await cacheFor();
      const dir = join(sites, name);
      const without = await check(dir, env, '--no-cache');
      const cold = await check(dir, env);
      const warm = await check(dir, env);
      expect({name, ...cold}).toEqual({name, ...without});
      expect({name, ...warm}).toEqual({name, ...without});
    });
  }

  it('should reuse what it found for a file whose text is unchanged, and redo an edited one', async () => {
    const dir = await twoPosts();
    const {env, root} = await cacheFor();
    expect((await check(dir, env)).messages).toEqual([]);
    // Plant a message in the cached results of the second post: a reused entry shows it.
    const path = join(await siteCacheOf(root), 'check.json');
    const stored = await readStore(path);
    stored.body.files?.[second]?.messages?.push({reason: 'Planted by the test', place: {line: 1, column: 1}, ruleId: 'planted', source: 'folio', fatal: false});
    await writeStore(path, stored);
    expect((await check(dir, env)).messages.map((message) => message.ruleId)).toEqual(['planted']);
    await writeFile(join(dir, second), post('Second', '2020-03-04', '## Part {#part}\n\nMore, edited.\n\n## Other\n\nText.'));
    expect((await check(dir, env)).messages).toEqual([]);
  });

  it('should re-check an unchanged file when a post it links to loses the anchor', async () => {
    const dir = await twoPosts();
    const {env} = await cacheFor();
    expect((await check(dir, env)).messages).toEqual([]);
    await writeFile(join(dir, second), post('Second', '2020-03-04', '## Piece\n\nMore.\n\n## Other\n\nText.'));
    const broken = await check(dir, env);
    expect(broken.code).toBe(1);
    expect(broken.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`)).toEqual([`${first}:6:5 no-missing-anchor`]);
    await writeFile(join(dir, second), post('Second', '2020-03-04', '## Piece {#part}\n\nMore.\n\n## Other\n\nText.'));
    expect((await check(dir, env)).messages).toEqual([]);
  });

  it('should see an edit that keeps the size and the modification time, and a file replaced by another', async () => {
    const dir = await twoPosts();
    const {env, root} = await cacheFor();
    // Whole seconds, which the file system keeps exactly.
    const path = join(dir, second);
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await utimes(path, hourAgo, hourAgo);
    // The clock runs ahead, so the files look old enough for their stamps to be recorded (a file
    // changed within a moment of being stamped is read again, whatever its stamp).
    vi.useFakeTimers({toFake: ['Date'], now: Date.now() + 60_000});
    try {
      expect((await check(dir, env)).messages).toEqual([]);
      const stamps = await readStore(join(await siteCacheOf(root), 'sources.json'));
      expect((stamps.body as unknown as Array<[string, unknown]>).map(([path]) => path).sort()).toEqual([first, second]);
      // Same size, same modification time, other bytes: the anchor the first post links to is gone.
      const before = await stat(path);
      const edited = post('Second', '2020-03-04', '## Part {#pbrt}\n\nMore.\n\n## Other\n\nText.');
      await writeFile(path, edited);
      await utimes(path, hourAgo, hourAgo);
      expect((await stat(path)).size).toBe(before.size);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
      expect((await check(dir, env)).messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.ruleId}`)).toEqual([`${first}:6:5 no-missing-anchor`]);
      // Put back through another file renamed over it, with the first file's times.
      await writeFile(`${path}.new`, post('Second', '2020-03-04', '## Part {#part}\n\nMore.\n\n## Other\n\nText.'));
      await utimes(`${path}.new`, hourAgo, hourAgo);
      await rm(path);
      await writeFile(path, await readFile(`${path}.new`));
      await utimes(path, hourAgo, hourAgo);
      await rm(`${path}.new`);
      expect((await check(dir, env)).messages).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('should redo everything when site.yaml changes', async () => {
    const dir = await makeSite({[first]: post('First', '2020-01-02', '![](../images/missing.png)')});
    const {env} = await cacheFor();
    expect((await check(dir, env)).messages.map((message) => message.ruleId).sort()).toEqual(['image-alt', 'no-missing-target']);
    const config = await readFile(join(dir, 'site.yaml'), 'utf8');
    await writeFile(join(dir, 'site.yaml'), `${config}rules:\n  image-alt: off\n`);
    expect((await check(dir, env)).messages.map((message) => message.ruleId)).toEqual(['no-missing-target']);
  });

  it('should build the same bytes as a build without it, through edits, a removed post and a hand-made file', async () => {
    const dir = await twoPosts();
    const {env} = await cacheFor();
    // Outside the content folder, which would otherwise publish it as files.
    const out = `${dir}-out`;
    const fresh = async (): Promise<Map<string, string>> => {
      const clean = `${dir}-fresh`;
      await rm(clean, {recursive: true, force: true});
      expect((await runCli(['build', '--content', dir, '--out', clean, '--no-cache'], undefined, false, env)).code).toBe(0);
      return readTree(clean);
    };
    const build = async (): Promise<void> => {
      expect((await runCli(['build', '--content', dir, '--out', out], undefined, false, env)).code).toBe(0);
    };

    await build();
    expect(await readTree(out)).toEqual(await fresh());

    // An edit rewrites that page and the feed; the other page is not written again. The build
    // before the live one is kept beside it and brought up to date in place, so the page the
    // first build wrote is the one the third links to.
    const page = join(out, '2020/01/02/first/index.html');
    const untouched = (await stat(page)).mtimeMs;
    await build();
    await writeFile(join(dir, second), post('Second', '2020-03-04', '## Part {#part}\n\nMore, edited.\n\n## Other\n\nText.'));
    await build();
    expect((await stat(page)).mtimeMs).toBe(untouched);
    expect(await readFile(join(out, '2020/03/04/second/index.html'), 'utf8')).toContain('More, edited.');
    expect(await readTree(out)).toEqual(await fresh());

    // A page changed by hand is put back; a file put there by hand goes, as a whole build would drop it.
    await writeFile(page, 'changed by hand');
    await writeFile(join(out, 'stray.html'), 'stray');
    await build();
    expect(await readTree(out)).toEqual(await fresh());

    // A post removed (and retired from the record) takes its page and its now-empty folders with it.
    await writeFile(join(dir, first), post('First', '2020-01-02', 'No links now.'));
    await rm(join(dir, second));
    const record = JSON.parse(await readFile(join(dir, 'permalinks.json'), 'utf8'));
    record.retired = {'/2020/03/04/second/': 'Removed by the test.'};
    await writeFile(join(dir, 'permalinks.json'), `${JSON.stringify(record, null, 2)}\n`);
    await build();
    await expect(stat(join(out, '2020/03'))).rejects.toThrow();
    expect(await readTree(out)).toEqual(await fresh());
  });

  it('should undo changes by hand in an output folder whose folders it knows by their stamps', async () => {
    const dir = await twoPosts();
    const {env} = await cacheFor();
    const out = `${dir}-out`;
    const fresh = async (): Promise<Map<string, string>> => {
      const clean = `${dir}-fresh`;
      await rm(clean, {recursive: true, force: true});
      expect((await runCli(['build', '--content', dir, '--out', clean, '--no-cache'], undefined, false, env)).code).toBe(0);
      return readTree(clean);
    };
    const build = async (): Promise<void> => {
      expect((await runCli(['build', '--content', dir, '--out', out], undefined, false, env)).code).toBe(0);
    };
    // The clock runs ahead, so the folders look old enough for their stamps to be recorded.
    vi.useFakeTimers({toFake: ['Date'], now: Date.now() + 60_000});
    try {
      // Four builds: each of the two build folders has been brought up to date in place once, and stamped.
      for (let round = 0; round < 4; round++) await build();
      await writeFile(join(out, 'stray.html'), 'stray');
      await writeFile(join(out, '2020/01/02/first/extra.txt'), 'extra');
      await mkdir(join(out, '2020/01/05/made'), {recursive: true});
      await writeFile(join(out, '2020/01/05/made/index.html'), 'made by hand');
      await rm(join(out, '2020/03/04/second/index.html'));
      await writeFile(join(out, 'index.html'), 'changed by hand');
      // The folder changed by hand is the spare after one build, and brought up to date by the next.
      await build();
      await build();
      expect(await readTree(out)).toEqual(await fresh());
      // A post removed takes its folders with it.
      await writeFile(join(dir, first), post('First', '2020-01-02', 'No links now.'));
      await rm(join(dir, second));
      const record = JSON.parse(await readFile(join(dir, 'permalinks.json'), 'utf8'));
      record.retired = {'/2020/03/04/second/': 'Removed by the test.'};
      await writeFile(join(dir, 'permalinks.json'), `${JSON.stringify(record, null, 2)}\n`);
      await build();
      await build();
      await expect(stat(join(out, '2020/03'))).rejects.toThrow();
      expect(await readTree(out)).toEqual(await fresh());
    } finally {
      vi.useRealTimers();
    }
  });

  it('should ignore a corrupt or foreign cache and rebuild it', async () => {
    const dir = await twoPosts();
    const {env, root} = await cacheFor();
    const base = await mkdtemp(join(tmpdir(), 'folio-cache-out-'));
    const out = join(base, 'out');
    const build = async (): Promise<void> => {
      expect((await runCli(['build', '--content', dir, '--out', out], undefined, false, env)).code).toBe(0);
    };
    await build();
    const expected = await readTree(out);
    const site = await siteCacheOf(root);
    const names = await readdir(site);
    expect(names).toEqual(expect.arrayContaining(['check.json', 'render.json', 'written.json']));

    // A record of what was written that points outside the output folder is not followed.
    const outside = join(base, 'outside.txt');
    await writeFile(outside, 'keep me');
    const written = await readStore(join(site, 'written.json'));
    const live = written.body['live'] as {files: Record<string, unknown>};
    live.files['../outside.txt'] = {digest: 'x', size: 7, mtimeMs: 0};
    await writeStore(join(site, 'written.json'), written);
    await build();
    expect(await readFile(outside, 'utf8')).toBe('keep me');
    expect(await readTree(out)).toEqual(expected);

    // Garbage in every file of the cache: ignored, and replaced.
    for (const name of await readdir(site)) await writeFile(join(site, name), name.endsWith('.blob') ? 'x' : '{"header": {"format": 1}, "body": "not this"}');
    await build();
    expect(await readTree(out)).toEqual(expected);
    expect((await check(dir, env)).messages).toEqual([]);
    expect((await readStore(join(site, 'check.json'))).body.files?.[first]?.hash).toEqual(expect.any(String));
  });

  it('should keep nothing with --no-cache', async () => {
    const dir = await twoPosts();
    const {env, root} = await cacheFor();
    await check(dir, env, '--no-cache');
    expect((await runCli(['build', '--content', dir, '--out', `${dir}-out`, '--no-cache'], undefined, false, env)).code).toBe(0);
    expect(await readdir(root)).toEqual([]);
  });
});
