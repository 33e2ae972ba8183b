import {cp, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve, sep} from 'node:path';
import {main} from '@folio/cli';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  /** Absolute path of the output directory. */
  dir: string;
  /** Every output file, relative to `dir`, `/`-separated, sorted. */
  files: string[];
  /** Remove the output directory. */
  remove: () => Promise<void>;
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** Every file under `dir`, relative and `/`-separated, sorted by code unit. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await walk(dir)).map((path) => relative(dir, path).split(sep).join('/')).sort();
}

/** Every file under `dir` with its contents (base64, so bytes compare exactly), by relative path. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await listFiles(dir)) files.set(path, await readFile(join(dir, ...path.split('/')), 'base64'));
  return files;
}

/** A frozen copy of the essays in `content/` as they were when the toolchain's tests were written. */
export const essaysFixture = resolve(repoRoot, 'test', 'fixtures', 'something-similar');

/**
 * Build a fixture site (by default the frozen essays) with the CLI's
 * `main()`, in this process, into a fresh temp directory, from a copy so
 * that the build's record of what it published never changes the fixture. The deployed record is not fetched
 * (`FOLIO_PUBLISHED=none`): tests never reach the internet.
 * Rejects with the CLI's stderr when it does not exit 0.
 */
export async function buildFixtureSite(fixture = essaysFixture): Promise<BuiltSite> {
  const work = await mkdtemp(join(tmpdir(), 'folio-built-'));
  const dir = join(work, 'site');
  const remove = (): Promise<void> => rm(work, {recursive: true, force: true});
  await cp(fixture, join(work, 'content'), {recursive: true});
  const run = await main(['build', '--content', join(work, 'content'), '--out', dir, '--no-cache'], {published: 'none'});
  const failure = run.exitCode === 0 ? undefined : `build exited ${run.exitCode}:\n${run.stderr}`;
  if (failure !== undefined) {
    await remove();
    throw new Error(failure);
  }
  return {dir, files: await listFiles(dir), remove};
}
