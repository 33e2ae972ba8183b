import {createHash, randomBytes} from 'node:crypto';
import {mkdtemp, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {makeSite, runCli} from './helpers/make-site.js';

const post = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;
const sha1 = (bytes: Uint8Array | string): string => createHash('sha1').update(bytes).digest('base64url');

interface RenderIndex {
  [path: string]: {blob: string; outputs: Array<{path: string; digest: string; at: [number, number]}>; entry?: {xmlAt: [number, number]; xmlDigest: string}};
}

/** A cache store: a line with its header and the body's hash, then the body. */
async function readStore(path: string): Promise<{header: unknown; body: RenderIndex}> {
  const text = await readFile(path, 'utf8');
  const end = text.indexOf('\n');
  return {header: JSON.parse(text.slice(0, end)).header, body: JSON.parse(text.slice(end + 1))};
}

/** Re-seal a store as the cache does, so only the per-blob checks stand between it and the output. */
async function writeStore(path: string, store: {header: unknown; body: RenderIndex}): Promise<void> {
  const body = JSON.stringify(store.body);
  await writeFile(path, `${JSON.stringify({header: store.header, digest: sha1(body)})}\n${body}`);
}

interface Setup {
  dir: string;
  out: string;
  env: Record<string, string>;
  site: string;
  build: () => Promise<void>;
  clean: () => Promise<Map<string, string>>;
}

/** A small site built twice with a cache (an edit between, so the cache holds two blobs). */
async function setUp(): Promise<Setup> {
  const dir = await makeSite({
    'posts/2020-01-02-first.md': post('First', '2020-01-02', 'The first post, with words.'),
    'posts/2020-03-04-second.md': post('Second', '2020-03-04', '## Part {#part}\n\nThe second post.'),
    'posts/2020-05-06-third.md': post('Third', '2020-05-06', 'See [the part](./2020-03-04-second.md#part).'),
    'pages/about.md': '---\ntitle: About\n---\n\nAbout this site.\n'
  });
  const root = await mkdtemp(join(tmpdir(), 'folio-cache-verify-'));
  const env = {FOLIO_CACHE_DIR: root};
  const out = `${dir}-out`;
  const build = async (): Promise<void> => {
    const run = await runCli(['build', '--content', dir, '--out', out], undefined, false, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  };
  const clean = async (): Promise<Map<string, string>> => {
    const fresh = `${dir}-clean`;
    await rm(fresh, {recursive: true, force: true});
    expect((await runCli(['build', '--content', dir, '--out', fresh, '--no-cache'], undefined, false, env)).code).toBe(0);
    return readTree(fresh);
  };
  await build();
  await writeFile(join(dir, 'posts/2020-01-02-first.md'), post('First', '2020-01-02', 'The first post, edited.'));
  await build();
  const [site] = await readdir(root);
  if (site === undefined) throw new Error('Unexpected empty cache, expected one site');
  return {dir, out, env, site: join(root, site), build, clean};
}

async function blobsOf(site: string): Promise<string[]> {
  return (await readdir(site)).filter((name) => name.endsWith('.blob')).sort();
}

/** Every page and feed entry the render index lists is the bytes it is stored under. */
async function everyEntryVerifies(site: string): Promise<boolean> {
  const {body} = await readStore(join(site, 'render.json'));
  for (const entry of Object.values(body)) {
    const blob = await readFile(join(site, entry.blob));
    for (const output of entry.outputs) if (sha1(blob.subarray(...output.at)) !== output.digest) return false;
    if (entry.entry && sha1(blob.subarray(...entry.entry.xmlAt)) !== entry.entry.xmlDigest) return false;
  }
  return true;
}

/** Swap the case of every 40th letter: same length, still text, still HTML or JSON. */
async function flipLetters(site: string, names: string[]): Promise<void> {
  for (const name of names) {
    const bytes = await readFile(join(site, name));
    let count = 0;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index] as number;
      if (((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) && count++ % 40 === 0) bytes[index] = byte ^ 0x20;
    }
    await writeFile(join(site, name), bytes);
  }
}

const corruptions: Array<[string, (site: string) => Promise<void>]> = [
  [
    'random bytes in every blob',
    async (site) => {
      for (const name of await blobsOf(site)) await writeFile(join(site, name), randomBytes((await readFile(join(site, name))).length));
    }
  ],
  ['flipped letters in every blob', async (site) => flipLetters(site, await blobsOf(site))],
  ['flipped letters in every store', async (site) => flipLetters(site, (await readdir(site)).filter((name) => name.endsWith('.json')))],
  [
    'two blobs swapped',
    async (site) => {
      const [one, two] = await blobsOf(site);
      if (one === undefined || two === undefined) throw new Error('Unexpected one blob, expected two');
      await rename(join(site, one), join(site, 'swap'));
      await rename(join(site, two), join(site, one));
      await rename(join(site, 'swap'), join(site, two));
    }
  ],
  [
    'the pages of two posts swapped in a re-sealed index',
    async (site) => {
      const path = join(site, 'render.json');
      const store = await readStore(path);
      const first = store.body['posts/2020-05-06-third.md']?.outputs[0];
      const about = store.body['pages/about.md']?.outputs[0];
      if (!first || !about) throw new Error('Unexpected render index, expected the third post and the About page');
      [first.at, about.at] = [about.at, first.at];
      [first.digest, about.digest] = [about.digest, first.digest];
      // The digests travel with the bytes, so only the blob each entry names differs.
      const third = store.body['posts/2020-05-06-third.md'];
      const page = store.body['pages/about.md'];
      if (third && page) [third.blob, page.blob] = [page.blob, third.blob];
      await writeStore(path, store);
    }
  ],
  [
    'entries of the wrong shape in re-sealed stores',
    async (site) => {
      const checks = await readStore(join(site, 'check.json'));
      const files = (checks.body as unknown as {files: Record<string, {facts: {anchors: unknown}; messages: unknown}>}).files;
      for (const entry of Object.values(files)) {
        entry.facts.anchors = 'no list';
        entry.messages = [{reason: 3}];
      }
      await writeStore(join(site, 'check.json'), checks);
      const renders = await readStore(join(site, 'render.json'));
      for (const entry of Object.values(renders.body)) (entry.outputs as unknown[]) = [{path: 1, at: 'everything'}];
      await writeStore(join(site, 'render.json'), renders);
    }
  ],
  [
    'a cut render index',
    async (site) => {
      const path = join(site, 'render.json');
      const text = await readFile(path);
      await writeFile(path, text.subarray(0, Math.floor(text.length / 2)));
    }
  ]
];

describe('a corrupt cache', () => {
  it.each(corruptions)('should build what --no-cache builds after %s, and heal on the next rebuild', async (_name, corrupt) => {
    const setup = await setUp();
    const expected = await setup.clean();
    expect(await readTree(setup.out)).toEqual(expected);
    expect(await everyEntryVerifies(setup.site)).toBe(true);
    await corrupt(setup.site);
    await setup.build();
    expect(await readTree(setup.out)).toEqual(expected);
    // What was corrupt is no longer what the cache points at.
    expect(await everyEntryVerifies(setup.site)).toBe(true);
    await setup.build();
    expect(await readTree(setup.out)).toEqual(expected);
  });
});

describe('a blob a run vouched for', () => {
  it('should be checked again once something wrote to it', async () => {
    // The clock runs ahead, so the blobs look old enough for a run to vouch for what it checked in them.
    vi.useFakeTimers({toFake: ['Date'], now: Date.now() + 60_000});
    try {
      const setup = await setUp();
      const expected = await setup.clean();
      await setup.build();
      const vouched = await readStore(join(setup.site, 'blobs.json'));
      // The blob the first build wrote; the second's is vouched for once a later run reads it and saves.
      const names = (vouched.body as unknown as Array<[string, unknown, string[]]>).map(([name]) => name);
      expect(names).toHaveLength(1);
      expect(await blobsOf(setup.site)).toEqual(expect.arrayContaining(names));
      for (const name of await blobsOf(setup.site)) await writeFile(join(setup.site, name), randomBytes((await readFile(join(setup.site, name))).length));
      await setup.build();
      expect(await readTree(setup.out)).toEqual(expected);
      expect(await everyEntryVerifies(setup.site)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
