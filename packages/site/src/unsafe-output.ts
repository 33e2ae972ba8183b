import {existsSync, readdirSync, realpathSync, statSync} from 'node:fs';
import {basename, dirname, isAbsolute, join, relative, resolve, sep} from 'node:path';

/** An `--out` the build would destroy something with: bad usage, exit 2. */
export class UnsafeOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeOutputError';
  }
}

/** `path` with every symbolic link resolved, also when its last parts do not exist yet. */
function realPath(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let dir = absolute; ; dir = dirname(dir)) {
    try {
      return join(realpathSync(dir), ...missing.reverse());
    } catch {
      if (dirname(dir) === dir) return absolute;
      missing.push(basename(dir));
    }
  }
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** The nearest part of `path` that exists, and what it is. */
function nearestExisting(path: string): {path: string; folder: boolean} | undefined {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    try {
      return {path: dir, folder: statSync(dir).isDirectory()};
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}

/**
 * Refuse an output folder the build would destroy something with: the
 * build replaces whatever is at `outDir` with the site. Throws an
 * UnsafeOutputError with a sentence naming the problem for an `outDir` that
 * is empty; is or contains the content directory, the current directory or
 * a repository (a folder holding `.git`); lies inside the content
 * directory; is not a folder; or is a folder with files that folio did not
 * write (no `permalinks.json`). Symbolic links are resolved first.
 */
export function refuseUnsafeOutput(outDir: string, contentDir: string, cwd: string = process.cwd()): void {
  const shown = `\`--out\` \`${outDir}\``;
  const own = 'expected a folder of its own for the site, such as `dist`';
  if (outDir.trim() === '') throw new UnsafeOutputError('Unexpected empty `--out`, expected a folder for the site, such as `dist`');
  const out = realPath(resolve(cwd, outDir));
  const content = realPath(resolve(cwd, contentDir));
  const here = realPath(cwd);
  if (out === content) throw new UnsafeOutputError(`Unexpected ${shown}: it is the content directory, which the build would replace; ${own}`);
  if (within(content, out)) throw new UnsafeOutputError(`Unexpected ${shown}: it contains the content directory \`${contentDir}\`, which the build would delete; ${own}`);
  if (out === here) throw new UnsafeOutputError(`Unexpected ${shown}: it is the current directory, which the build would replace; ${own}`);
  if (within(here, out)) throw new UnsafeOutputError(`Unexpected ${shown}: it contains the current directory, which the build would delete; ${own}`);
  if (within(out, content)) throw new UnsafeOutputError(`Unexpected ${shown}: it lies inside the content directory \`${contentDir}\`, whose files are the site’s; expected a folder outside it`);
  const existing = nearestExisting(out);
  if (existing && !existing.folder) {
    const what = existing.path === out ? 'it is a file, not a folder' : `\`${existing.path}\` on its way is a file, not a folder`;
    throw new UnsafeOutputError(`Unexpected ${shown}: ${what}; expected a folder for the site`);
  }
  if (existing?.path !== out) return;
  if (existsSync(join(out, '.git'))) throw new UnsafeOutputError(`Unexpected ${shown}: it holds a repository (\`.git\`), which the build would delete; ${own}`);
  const names = readdirSync(out);
  if (names.length > 0 && !names.includes('permalinks.json')) {
    throw new UnsafeOutputError(`Unexpected ${shown}: it holds files and no \`permalinks.json\`, so folio did not write it and the build would delete them; expected an empty folder, one a build wrote, or a new path`);
  }
}
