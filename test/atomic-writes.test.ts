import {execFileSync} from 'node:child_process';
import {lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {basename, dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {makeSite, runCli} from './helpers/make-site.js';

const post = (body: string) => `---\ntitle: First\ndate: 2020-01-02\n---\n\n${body}\n`;

async function built(): Promise<{dir: string; out: string; site: Map<string, string>}> {
  const dir = await makeSite({'posts/2020-01-02-first.md': post('Text.'), 'pages/about.md': '---\ntitle: About\n---\n\nAbout.\n'});
  const out = `${dir}-out`;
  expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
  return {dir, out, site: await readTree(out)};
}

/** What sits beside the output besides the build it links to. */
async function besideOutput(out: string): Promise<string[]> {
  const live = await readlink(out);
  return (await readdir(dirname(out))).filter((name) => name.startsWith(`.${basename(out)}-`) && name !== live);
}

describe('the output and the record', () => {
  it('should make --out a link to a whole build, which tar --dereference (as GitHub Pages uploads it) archives as the site', async () => {
    const {out, site} = await built();
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect(await readlink(out)).toMatch(new RegExp(`^\\.${basename(out)}-site-[\\da-f]{12}$`));
    // The upload step of actions/upload-pages-artifact: tar --dereference --hard-dereference --directory PATH .
    const archive = join(await mkdtemp(join(tmpdir(), 'folio-tar-')), 'artifact.tar');
    execFileSync('tar', ['--dereference', '--hard-dereference', '--directory', out, '-cf', archive, '.']);
    const unpacked = await mkdtemp(join(tmpdir(), 'folio-untar-'));
    execFileSync('tar', ['--directory', unpacked, '-xf', archive]);
    expect(await readTree(unpacked)).toEqual(site);
    expect(site.has('index.html')).toBe(true);
  });

  it('should remove what killed runs left beside the output and the record', async () => {
    const {dir, out, site} = await built();
    const parent = dirname(out);
    const name = basename(out);
    const stale = [`.${name}-building-0123456789ab`, `.${name}-site-0123456789ab`, `.${name}-previous-0123456789ab`];
    for (const folder of stale) {
      await mkdir(join(parent, folder, 'about'), {recursive: true});
      await writeFile(join(parent, folder, 'about', 'index.html'), 'half');
    }
    await writeFile(join(parent, `.${name}-link-0123456789ab`), 'not a link');
    await writeFile(join(dir, '.permalinks.json.folio-0123456789ab.tmp'), '{"version": 1, "ur');
    expect(await besideOutput(out)).toHaveLength(4);
    const before = await readlink(out);
    expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
    // Only the build that was live stays beside the new one, to be brought up to date by the next build.
    expect(await besideOutput(out)).toEqual([before]);
    expect((await readdir(dir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(await readTree(out)).toEqual(site);
  });

  it('should put back an output folder a killed run moved aside, even when the next build refuses to publish', async () => {
    const {dir, out, site} = await built();
    // As a run killed between moving a real output folder aside and linking the new build leaves it.
    const live = join(dirname(out), await readlink(out));
    execFileSync('rm', [out]);
    await rename(live, join(dirname(out), `.${basename(out)}-previous-0123456789ab`));
    await writeFile(join(dir, 'posts/2020-01-02-first.md'), post('A [broken](#nowhere) link.'));
    const refused = await runCli(['build', '--content', dir, '--out', out]);
    expect(refused.code).toBe(1);
    expect(await readTree(out)).toEqual(site);
    expect((await lstat(out)).isDirectory()).toBe(true);
  });

  it('should write the record beside itself and rename it over, leaving nothing else', async () => {
    const {dir} = await built();
    const before = await readFile(join(dir, 'permalinks.json'), 'utf8');
    const inode = (await stat(join(dir, 'permalinks.json'))).ino;
    await writeFile(join(dir, 'posts/2020-01-02-first.md'), post('Text.\n\n## New {#new}\n\nMore.'));
    const out = `${dir}-second`;
    expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
    const after = await readFile(join(dir, 'permalinks.json'), 'utf8');
    expect(after).not.toBe(before);
    // A new file renamed over the old one, not the old one rewritten in place.
    expect((await stat(join(dir, 'permalinks.json'))).ino).not.toBe(inode);
    expect(JSON.stringify(JSON.parse(after))).toContain('new');
    expect((await readdir(dir)).sort()).toEqual(['pages', 'permalinks.json', 'posts', 'site.yaml']);
  });
});
