import {execFileSync} from 'node:child_process';
import {mkdtemp, readdir, readFile, readlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {isDeepStrictEqual} from 'node:util';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {listFiles, readTree} from './helpers/built-site.js';
import {runBundle, siteYaml} from './helpers/make-site.js';
import {runInjected} from './helpers/strace.js';
import {gateNote, requireTool, straceGate} from './helpers/tools.js';

const gate = straceGate();
const post = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;
const second = 'posts/2020-03-04-second.md';

/** The steps a build takes that a kill can land on, each counted on its own (strace counts per system call). */
const steps = [
  ['rename', 'rename,renameat,renameat2'],
  ['symbolic link', 'symlink,symlinkat'],
  ['write of a file beside its target', 'pwrite64'],
  ['write of a file in pieces', 'pwritev,pwritev2'],
  ['flush', 'fsync,fdatasync']
] as const;

interface Scenario {
  /** Holds `content/`, `out` and `cache/`; restored from `pristine` before every kill. */
  root: string;
  pristine: string;
  flags: string[];
  previous: Map<string, string>;
  next: Map<string, string>;
  recordBefore: string;
  recordAfter: string;
}

function copy(from: string, to: string): void {
  // `cp -a` keeps links and nanosecond times, which the incremental path compares.
  execFileSync('rm', ['-rf', to]);
  execFileSync('cp', ['-a', from, to]);
}

/** A build by the bundle, the program the injected runs trace: a cache is kept per toolchain. */
async function build(root: string, flags: string[]): Promise<void> {
  const run = await runBundle(['build', '--content', 'content', '--out', 'out', ...flags], root, {FOLIO_CACHE_DIR: join(root, 'cache')});
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

/**
 * A small site built once; then one post gains a section (a new page, feed
 * and record). `prepare` may change the first build's output (the
 * migration from a real folder).
 */
async function scenario(flags: string[], prepare?: (root: string) => Promise<void>): Promise<Scenario> {
  const root = await mkdtemp(join(tmpdir(), 'folio-fault-'));
  const content = join(root, 'content');
  execFileSync('mkdir', ['-p', join(content, 'posts'), join(content, 'pages')]);
  await writeFile(join(content, 'site.yaml'), siteYaml);
  await writeFile(join(content, 'posts/2020-01-02-first.md'), post('First', '2020-01-02', 'See [the part](./2020-03-04-second.md#part).'));
  await writeFile(join(content, second), post('Second', '2020-03-04', '## Part {#part}\n\nMore.'));
  await writeFile(join(content, 'pages/about.md'), '---\ntitle: About\n---\n\nAbout.\n');
  await build(root, flags);
  await prepare?.(root);
  const previous = await readTree(join(root, 'out'));
  const recordBefore = await readFile(join(content, 'permalinks.json'), 'utf8');
  await writeFile(join(content, second), post('Second', '2020-03-04', '## Part {#part}\n\nMore.\n\n## Added {#added}\n\nNew.'));
  const pristine = `${root}-pristine`;
  copy(root, pristine);
  // The site a clean build makes of the edited content, built elsewhere so the record here stays as it was.
  const clean = `${root}-clean`;
  copy(root, clean);
  await build(clean, ['--no-cache']);
  const next = await readTree(join(clean, 'out'));
  const recordAfter = await readFile(join(clean, 'content', 'permalinks.json'), 'utf8');
  expect(next).not.toEqual(previous);
  expect(recordAfter).not.toBe(recordBefore);
  return {root, pristine, flags, previous, next, recordBefore, recordAfter};
}

/**
 * Only the site and what it is made of: no staging folder, link, folder
 * moved aside or temporary file, and besides the live build at most the
 * one before it (the spare the next build brings up to date).
 */
async function leftovers(root: string): Promise<string[]> {
  const live = await readlink(join(root, 'out'));
  const beside = (await readdir(root)).filter((name) => !['cache', 'content', 'out', live].includes(name));
  const spares = beside.filter((name) => /^\.out-site-[\da-f]{12}$/.test(name));
  const temporary = [...(await listFiles(join(root, 'content'))), ...(await listFiles(join(root, 'cache')).catch(() => []))].filter((path) => path.endsWith('.tmp'));
  return [...beside.filter((name) => !spares.includes(name)), ...spares.slice(1), ...temporary];
}

/**
 * Kill the build at the 1st, 2nd, … occurrence of `calls` until a build
 * runs to the end. After each kill the output is the previous site or the
 * new one, whole (`aside`: or missing, with the previous one moved aside),
 * the record parses, and the next build gives what a clean build gives.
 */
async function killAtEvery(strace: string, setup: Scenario, calls: string, aside = false): Promise<number> {
  for (let occurrence = 1; ; occurrence++) {
    copy(setup.pristine, setup.root);
    const run = await runInjected(strace, [`${calls}:signal=KILL:when=${occurrence}`], ['build', '--content', 'content', '--out', 'out', ...setup.flags], setup.root, {FOLIO_CACHE_DIR: join(setup.root, 'cache')});
    const out = join(setup.root, 'out');
    const record = await readFile(join(setup.root, 'content', 'permalinks.json'), 'utf8');
    expect([setup.recordBefore, setup.recordAfter]).toContain(record);
    expect(() => JSON.parse(record)).not.toThrow();
    const names = await readdir(setup.root);
    if (names.includes('out')) {
      const tree = await readTree(out);
      expect([setup.previous, setup.next].some((site) => isDeepStrictEqual(site, tree)), `kill ${occurrence} at ${calls}: out is neither site whole`).toBe(true);
    } else {
      expect(aside, `kill ${occurrence} at ${calls}: no out`).toBe(true);
      const moved = names.filter((name) => name.startsWith('.out-previous-'));
      expect(moved).toHaveLength(1);
      expect(await readTree(join(setup.root, moved[0] as string))).toEqual(setup.previous);
    }
    if (run.signal !== 'SIGKILL') {
      expect(run.code).toBe(0);
      expect(await readTree(out)).toEqual(setup.next);
      return occurrence - 1;
    }
    await build(setup.root, setup.flags);
    expect(await readTree(out)).toEqual(setup.next);
    expect(await readFile(join(setup.root, 'content', 'permalinks.json'), 'utf8')).toBe(setup.recordAfter);
    expect(await leftovers(setup.root)).toEqual([]);
  }
}

/** How many kills each step gets before a build runs through, with the reason for each count. */
const fullPath = {
  // The new site's folder, its link, the record.
  rename: 3,
  'symbolic link': 1,
  // The record, then the eleven pages and files of one piece, sitemap.xml, robots.txt and apple-touch-icon.png among them (the feed is in pieces).
  'write of a file beside its target': 12,
  'write of a file in pieces': 1,
  // The record only: the site is replaced by a rename, and survives a kill as a whole.
  flush: 1
};
const incrementalPath = {
  // The cache's check store, new blob, render and written stores; the link; the record. The spare is updated in place.
  rename: 6,
  'symbolic link': 1,
  // The record, the edited post and the output's record (a new anchor).
  'write of a file beside its target': 3,
  // The cache's new blob, the feed; the check, render and written stores (each its seal line, then its body).
  'write of a file in pieces': 5,
  flush: 1
};

// Each kill costs three process starts (the killed build, the next, a copy); a loaded machine needs more than the default minute.
const slow = {timeout: 300_000};

describe.skipIf(gate.skip)(`a full build killed at any step${gateNote(gate)}`, slow, () => {
  let setup: Scenario;
  beforeAll(async () => {
    setup = await scenario(['--no-cache']);
  });
  it.each(steps)('should leave a whole site and a record that parses, killed at every %s', async (name, calls) => {
    expect(await killAtEvery(requireTool(gate), setup, calls)).toBe(fullPath[name]);
  });
});

describe.skipIf(gate.skip)(`an incremental build (cache on, one post edited) killed at any step${gateNote(gate)}`, slow, () => {
  let setup: Scenario;
  beforeAll(async () => {
    // Built twice, so the build before the live one is kept, to be brought up to date in place.
    setup = await scenario([], (root) => build(root, []));
  });
  it.each(steps)('should leave a whole site and a record that parses, killed at every %s', async (name, calls) => {
    expect(await killAtEvery(requireTool(gate), setup, calls)).toBe(incrementalPath[name]);
  });
});

describe.skipIf(gate.skip)(`a build into a real output folder killed at any step${gateNote(gate)}`, slow, () => {
  it('should put the folder back when killed while it moves aside for the link', async () => {
    // An output folder from an older folio: a real folder, not a link.
    const setup = await scenario(['--no-cache'], async (root) => {
      const live = await readlink(join(root, 'out'));
      execFileSync('rm', [join(root, 'out')]);
      execFileSync('mv', [join(root, live), join(root, 'out')]);
    });
    // The new site's folder, the real folder aside, the link, the record.
    expect(await killAtEvery(requireTool(gate), setup, 'rename,renameat,renameat2', true)).toBe(4);
  });
});
