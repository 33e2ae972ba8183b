import {createHash} from 'node:crypto';
import {readdir, readFile} from 'node:fs/promises';
import {basename, dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

let memo: Promise<string> | undefined;

// The code, and the theme's files it reads while building (stylesheet, icon).
const toolchainFile = /\.(js|css|svg|png)$/;

async function scriptsUnder(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(dir, {recursive, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && toolchainFile.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A hash of the code that is running and the theme's files: the bundle's
 * files (the theme's under `theme/`), or every package's `dist` and
 * `assets` when running unbundled. Any change to a rule, the renderer, the
 * theme or a dependency changes it, and so empties the cache.
 */
async function computeToolchainKey(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled, this code sits in `dist/bundle/` with everything else; unbundled, in `packages/site/dist/cache/`.
  const packages = join(here, '..', '..', '..');
  const folders = basename(here) === 'bundle' ? [here] : (await readdir(packages)).flatMap((name) => [join(packages, name, 'dist'), join(packages, name, 'assets')]);
  const scripts = (await Promise.all(folders.map((folder) => scriptsUnder(folder, true).catch(() => [])))).flat();
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
