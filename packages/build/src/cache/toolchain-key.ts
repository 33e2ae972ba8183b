import {createHash} from 'node:crypto';
import {readdir, readFile} from 'node:fs/promises';
import {basename, dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

let memo: Promise<string> | undefined;

async function scriptsUnder(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(dir, {recursive, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of the code that is running: the bundle's files, or every
 * package's `dist` when running unbundled. Any change to a rule, the
 * renderer, the theme or a dependency changes it, and so empties the cache.
 */
async function computeToolchainKey(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled, this code sits in `dist/bundle/` with everything else; unbundled, in `packages/build/dist/cache/`.
  const scripts = basename(here) === 'bundle' ? await scriptsUnder(here, false) : (await Promise.all((await readdir(join(here, '..', '..', '..'))).map((name) => scriptsUnder(join(here, '..', '..', '..', name, 'dist'), true).catch(() => [])))).flat();
  const hash = createHash('sha256');
  hash.update(process.version);
  for (const script of scripts) {
    hash.update(relative(here, script));
    hash.update(await readFile(script));
  }
  return hash.digest('base64url');
}

export function toolchainKey(): Promise<string> {
  memo ??= computeToolchainKey();
  return memo;
}
