import {randomBytes} from 'node:crypto';
import {closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writevSync} from 'node:fs';
import {mkdir, rename, rm} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';
import {hashText} from './cache/hash-text.js';
import type {OutputFile} from './render-site.js';

/** What a build wrote, so the next one can write only what changed. */
export interface WrittenRecord {
  outDir: string;
  files: Record<string, {digest: string; size: number; mtimeMs: number}>;
}

function digestOf(output: OutputFile): string {
  return output.digest ?? hashText(output.contents);
}

/** Write a file whose contents may come in pieces. */
function writeContents(path: string, contents: OutputFile['contents']): void {
  if (typeof contents === 'string' || !Array.isArray(contents)) {
    writeFileSync(path, contents as string | Uint8Array);
    return;
  }
  const descriptor = openSync(path, 'w');
  try {
    // A few hundred pieces at a time: the system takes at most 1,024 in one call.
    for (let start = 0; start < contents.length; start += 512) writevSync(descriptor, contents.slice(start, start + 512));
  } finally {
    closeSync(descriptor);
  }
}

function targetOf(outDir: string, path: string): string {
  return join(outDir, ...path.split('/'));
}

function record(outDir: string, outputs: OutputFile[], digests: string[], known: WrittenRecord['files'] = {}, fresh?: Set<string>): WrittenRecord {
  const files: WrittenRecord['files'] = {};
  outputs.forEach((output, index) => {
    const before = known[output.path];
    if (before && fresh && !fresh.has(output.path)) {
      files[output.path] = before;
      return;
    }
    const {size, mtimeMs} = lstatSync(targetOf(outDir, output.path));
    files[output.path] = {digest: digests[index] as string, size, mtimeMs};
  });
  return {outDir, files};
}

/**
 * Write the whole site next to `outDir`, then swap it in: a build that fails
 * part-way leaves the previous site exactly as it was.
 */
async function writeWhole(outDir: string, outputs: OutputFile[]): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const suffix = randomBytes(6).toString('hex');
  const staging = join(parent, `.${name}-building-${suffix}`);
  const retired = join(parent, `.${name}-previous-${suffix}`);
  await mkdir(parent, {recursive: true});
  try {
    for (const dir of new Set(outputs.map((output) => dirname(targetOf(staging, output.path))))) mkdirSync(dir, {recursive: true});
    for (const output of outputs) writeContents(targetOf(staging, output.path), output.contents);
    let hadPrevious = true;
    try {
      await rename(outDir, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      await rename(staging, outDir);
    } catch (error) {
      if (hadPrevious) await rename(retired, outDir);
      throw error;
    }
    if (hadPrevious) await rm(retired, {recursive: true, force: true});
  } finally {
    await rm(staging, {recursive: true, force: true});
  }
}

/** True when the file on disk is still what the record says this toolchain wrote. */
function untouched(path: string, written: WrittenRecord['files'][string]): boolean {
  try {
    const {size, mtimeMs} = lstatSync(path);
    return size === written.size && mtimeMs === written.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Write only the files that differ from the last build's: every new file
 * goes beside its target first, and only once all are written are they
 * renamed into place, so a failed write leaves the previous site as it was.
 * Then whatever else is in the folder goes, as a whole write would drop it.
 * Returns the paths written.
 */
function writeChanges(outDir: string, outputs: OutputFile[], digests: string[], previous: WrittenRecord): Set<string> {
  const changed = outputs.filter((output, index) => {
    const before = previous.files[output.path];
    return !before || before.digest !== digests[index] || !untouched(targetOf(outDir, output.path), before);
  });
  const suffix = `.folio-${randomBytes(6).toString('hex')}.tmp`;
  const staged: string[] = [];
  try {
    for (const output of changed) {
      const target = targetOf(outDir, output.path);
      mkdirSync(dirname(target), {recursive: true});
      writeContents(target + suffix, output.contents);
      staged.push(target);
    }
  } catch (error) {
    for (const target of staged) rmSync(target + suffix, {force: true});
    throw error;
  }
  for (const target of staged) renameSync(target + suffix, target);
  removeOthers(outDir, outputs);
  return new Set(changed.map((output) => output.path));
}

/** Delete files in `outDir` the site does not have (a removed post, a file put there by hand), and folders left empty. */
function removeOthers(outDir: string, outputs: OutputFile[]): void {
  const wanted = new Set(outputs.map((output) => targetOf(outDir, output.path)));
  const folders = new Set(outputs.flatMap((output) => ancestors(outDir, targetOf(outDir, output.path))));
  const listed = readdirSync(outDir, {recursive: true, withFileTypes: true});
  const emptied: string[] = [];
  for (const entry of listed) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      if (!folders.has(path)) emptied.push(path);
    } else if (!wanted.has(path)) {
      rmSync(path, {force: true});
    }
  }
  // Deepest first, so a folder is empty by the time it is removed.
  for (const folder of emptied.sort((a, b) => b.length - a.length)) rmSync(folder, {recursive: true, force: true});
}

function ancestors(outDir: string, path: string): string[] {
  const found: string[] = [];
  for (let dir = dirname(path); dir !== outDir && dir.length > outDir.length; dir = dirname(dir)) found.push(dir);
  return found;
}

/**
 * Write the site to `outDir`. With the record of the previous build (and
 * an output folder that still matches it), only changed files are written
 * and removed ones deleted; otherwise the whole site is written beside the
 * folder and swapped in. Returns the record of what is there now.
 */
export async function writeOutput(outDir: string, outputs: OutputFile[], previous?: WrittenRecord): Promise<WrittenRecord> {
  const absolute = resolve(outDir);
  const digests = outputs.map(digestOf);
  const known = previous?.outDir === absolute && isFolder(absolute) ? safeRecord(previous) : undefined;
  if (known) {
    try {
      const fresh = writeChanges(absolute, outputs, digests, known);
      return record(absolute, outputs, digests, known.files, fresh);
    } catch {
      // Something in the folder is not as recorded (a folder where a page goes…): write it whole.
    }
  }
  await writeWhole(absolute, outputs);
  return record(absolute, outputs, digests);
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A record read from the cache, or undefined when any entry is malformed or could point outside the output folder. */
function safeRecord(previous: WrittenRecord): WrittenRecord | undefined {
  if (typeof previous.files !== 'object' || previous.files === null) return undefined;
  for (const [path, written] of Object.entries(previous.files)) {
    if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..') || path.includes('\\')) return undefined;
    if (typeof written?.digest !== 'string' || typeof written.size !== 'number' || typeof written.mtimeMs !== 'number') return undefined;
  }
  return previous;
}
