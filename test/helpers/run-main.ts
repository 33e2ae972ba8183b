import {mkdir, mkdtemp, readdir, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {siteYaml, testCacheDir} from './make-site.js';

/** A site in `root/deep/content`, built to `root/deep/out`: anything written outside lands in `root` or `root/deep`. */
export interface TempSite {
  root: string;
  content: string;
  out: string;
}

export async function makeTempSite(files: Record<string, string | Uint8Array>): Promise<TempSite> {
  const root = await mkdtemp(join(tmpdir(), 'folio-agree-'));
  const content = join(root, 'deep', 'content');
  const all: Record<string, string | Uint8Array> = {'site.yaml': siteYaml, ...files};
  for (const [path, contents] of Object.entries(all)) {
    const target = join(content, path);
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, contents);
  }
  return {root, content, out: join(root, 'deep', 'out')};
}

export interface CheckRun {
  code: number;
  messages: MessageRecord[];
}

/** `folio check --format json` in this process, against the committed record only (no deployed site to fetch). */
export async function checkInProcess(site: TempSite): Promise<CheckRun> {
  const run = await main(['check', '--content', site.content, '--published', 'none', '--format', 'json'], {cacheDir: testCacheDir});
  return {code: run.exitCode, messages: run.stdout === '' ? [] : (JSON.parse(run.stdout) as MessageRecord[])};
}

/** `folio check` with the pretty report (which prints each message's `cause`), in this process. */
export async function checkPretty(site: TempSite): Promise<{code: number; report: string}> {
  const run = await main(['check', '--content', site.content, '--published', 'none'], {cacheDir: testCacheDir});
  return {code: run.exitCode, report: run.stderr};
}

/** `folio build` in this process. */
export async function buildInProcess(site: TempSite): Promise<{code: number; stdout: string; stderr: string}> {
  const run = await main(['build', '--content', site.content, '--published', 'none', '--out', site.out], {cacheDir: testCacheDir});
  return {code: run.exitCode, stdout: run.stdout, stderr: run.stderr};
}

/**
 * What is in `root` and `root/deep` besides the content and the output: what
 * a build wrote outside `--out`. `out` is a link to a complete build folder
 * beside it (`.out-site-HEX`, the live one and the spare): those are the
 * output; anything else of the build's (a staging folder) would be a leftover.
 */
export async function writtenOutside(site: TempSite): Promise<string[]> {
  const top = (await readdir(site.root)).filter((name) => name !== 'deep');
  const deep = (await readdir(join(site.root, 'deep'))).filter((name) => name !== 'content' && name !== 'out' && !/^\.out-site-[\da-f]+$/.test(name));
  return [...top, ...deep.map((name) => `deep/${name}`)];
}
