import {mkdir, mkdtemp, readdir, readFile, readlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {runCli, siteYaml} from './helpers/make-site.js';
import {runInjected} from './helpers/strace.js';
import {gateNote, requireTool, straceGate} from './helpers/tools.js';

const gate = straceGate();
const post = (body: string) => `---\ntitle: First\ndate: 2020-01-02\n---\n\n${body}\n`;

/** A site built once into `out`, then edited (a new section, so the record changes too). */
async function builtThenEdited(): Promise<{root: string; previous: Map<string, string>; record: string}> {
  const root = await mkdtemp(join(tmpdir(), 'folio-write-error-'));
  const content = join(root, 'content');
  await mkdir(join(content, 'posts'), {recursive: true});
  await writeFile(join(content, 'site.yaml'), siteYaml);
  await writeFile(join(content, 'posts/2020-01-02-first.md'), post('Text.'));
  expect((await runCli(['build', '--content', 'content', '--out', 'out', '--no-cache'], root)).code).toBe(0);
  const previous = await readTree(join(root, 'out'));
  const record = await readFile(join(content, 'permalinks.json'), 'utf8');
  await writeFile(join(content, 'posts/2020-01-02-first.md'), post('Text.\n\n## New {#new}\n\nMore.'));
  return {root, previous, record};
}

describe.skipIf(gate.skip)(`what the machine refuses while writing${gateNote(gate)}`, () => {
  it.each([
    ['a full disk for the record', 'pwrite64:error=ENOSPC:when=1', 'the record of what was published: `content/permalinks.json`: no space left on the device (ENOSPC)'],
    ['a full disk for a page', 'pwrite64:error=ENOSPC:when=2', 'the site to `out`: `out/2020/01/02/first/index.html`: no space left on the device (ENOSPC)'],
    ['a full disk when flushing the record', 'fsync,fdatasync:error=ENOSPC:when=1', '`content/permalinks.json`: no space left on the device (ENOSPC)'],
    // The first is for the output's parent, which exists: Node takes any error there for "already a folder".
    ['a read-only file system', 'mkdir,mkdirat:error=EROFS:when=2', 'the file system is read-only (EROFS)'],
    ['a folder on the way that is a file', 'mkdir,mkdirat:error=ENOTDIR:when=3', 'a part of the path is a file, not a folder (ENOTDIR)'],
    ['a permission error for the link', 'symlink,symlinkat:error=EACCES:when=1', 'permission denied (EACCES)'],
    ['a forbidden rename', 'rename,renameat,renameat2:error=EPERM:when=1', 'operation not permitted (EPERM)']
  ])('should name the path for %s, exit 1 and keep the previous output', async (_name, fault, reason) => {
    const {root, previous, record} = await builtThenEdited();
    const run = await runInjected(requireTool(gate), [fault], ['build', '--content', 'content', '--out', 'out', '--no-cache'], root);
    expect(run.signal).toBe(null);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('Nothing was written: the previous output and the record are as they were.');
    expect(run.code).toBe(1);
    expect(await readTree(join(root, 'out'))).toEqual(previous);
    expect(await readFile(join(root, 'content', 'permalinks.json'), 'utf8')).toBe(record);
    // Nothing half-done is left: not beside the output, not beside the record.
    const live = await readlink(join(root, 'out'));
    expect((await readdir(root)).sort()).toEqual(['content', 'out', live].sort());
    expect((await readdir(join(root, 'content'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

});
