import {randomBytes} from 'node:crypto';
import {lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmdirSync, rmSync, symlinkSync} from 'node:fs';
import {basename, dirname, isAbsolute, join, resolve} from 'node:path';
import {hashText} from './cache/hash-text.js';
import type {OutputFile} from './render-site.js';
import {writeNewFile} from './write-atomically.js';
import {isSettled, sameStamp} from './disk-stamp.js';
import {namingWrites} from './write-error.js';

/*
 * How a build reaches `--out` with no moment where the site there is
 * missing, old and new mixed, or half written (each step below may be
 * killed; the fault-injection test kills every one):
 *
 * - `--out` is a symbolic link to a complete build in a sibling folder,
 *   `.NAME-site-HEX`. A new link, `.NAME-link-HEX`, is made beside it and
 *   renamed over `--out`: that one rename switches readers from one
 *   complete site to the next (tar `--dereference`, web servers and plain
 *   reads follow the link).
 * - The build before the live one is kept as the spare. The next build
 *   brings the spare up to date in place (only files whose digest, size or
 *   time differ from what the record says are written; files the site no
 *   longer has go) and switches the link to it; the old live build becomes
 *   the spare. Nobody reads the spare, so a kill while it is updated harms
 *   nothing: its record is saved only after the switch, and a file a killed
 *   run touched no longer matches that record, so it is written again.
 * - Without a spare (the first build, no cache, a record that does not match
 *   what is on disk) the site is written whole into `.NAME-building-HEX`,
 *   renamed `.NAME-site-HEX` once complete, and linked.
 * - Whatever else matches `.NAME-(building|site|link|previous)-HEX` goes,
 *   at the start of a run (all but the `site` folders) and after the switch.
 * - A real folder at `--out` (written by an older folio, or made by hand) is
 *   moved to `.NAME-previous-HEX` right before the link takes its place: a
 *   run killed between those two renames has no `--out`, and the next run
 *   moves `.NAME-previous-*` back before anything else. An empty folder is
 *   simply removed first.
 */

type Files = Record<string, {digest: string; size: number; mtimeMs: number}>;

/**
 * Each folder of a build (`''` is the build folder itself) with its
 * `[mtimeMs, ctimeMs, ino]` once the build was done: an entry added,
 * removed or renamed in a folder changes them, so a folder whose stamp is
 * the same holds what the build left there and need not be listed.
 */
type Folders = Record<string, [mtimeMs: number, ctimeMs: number, ino: number]>;

/** One build folder beside `--out`, and what each of its files is. */
export interface BuildFolder {
  site: string;
  files: Files;
  /** Its folders' stamps, when a build brought it up to date in place. */
  folders?: Folders;
}

/** What a build wrote, so the next one can write only what changed. */
export interface WrittenRecord {
  outDir: string;
  /** The build `outDir` links to. */
  live: BuildFolder;
  /** The build before it, which the next build brings up to date. */
  spare?: BuildFolder;
}

interface Place {
  /** `--out`, absolute, links not resolved: where the link goes. */
  out: string;
  parent: string;
  name: string;
}

function placeOf(outDir: string): Place {
  const out = resolve(outDir);
  return {out, parent: dirname(out), name: basename(out)};
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The folders and links one output's runs make beside it, by kind. */
function siblingsOf(place: Place): Array<{name: string; kind: string}> {
  const pattern = new RegExp(`^\\.${escaped(place.name)}-(building|site|link|previous)-[\\da-f]{12}$`);
  return readdirSync(place.parent)
    .sort()
    .flatMap((name) => {
      const kind = pattern.exec(name)?.[1];
      return kind === undefined ? [] : [{name, kind}];
    });
}

function kindOf(path: string): 'missing' | 'link' | 'folder' | 'other' {
  try {
    const stats = lstatSync(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/** The live build folder's name, when `--out` is a link this toolchain made. */
function liveSite(place: Place): string | undefined {
  if (kindOf(place.out) !== 'link') return undefined;
  const target = readlinkSync(place.out);
  // Windows keeps a junction's target absolute.
  const name = isAbsolute(target) && dirname(target) === place.parent ? basename(target) : target;
  const pattern = new RegExp(`^\\.${escaped(place.name)}-site-[\\da-f]{12}$`);
  return pattern.test(name) && kindOf(join(place.parent, name)) === 'folder' ? name : undefined;
}

/** Undo a run killed while moving a real folder aside: put it back. */
function recover(place: Place): void {
  if (kindOf(place.out) !== 'missing') return;
  const previous = siblingsOf(place).find((sibling) => sibling.kind === 'previous');
  if (previous) renameSync(join(place.parent, previous.name), place.out);
}

/** Remove what earlier runs left beside `--out`: everything but the builds to keep (and, before a build, any `site` folder). */
function removeLeftovers(place: Place, keep: ReadonlySet<string | undefined>, keepBuilds: boolean): void {
  for (const sibling of siblingsOf(place)) {
    if (keep.has(sibling.name) || (keepBuilds && sibling.kind === 'site')) continue;
    rmSync(join(place.parent, sibling.name), {recursive: true, force: true});
  }
}

function digestOf(output: OutputFile): string {
  return output.digest ?? hashText(output.contents);
}

function targetOf(dir: string, path: string): string {
  return join(dir, ...path.split('/'));
}

/** True when the file on disk is still what the record says this toolchain wrote. */
function untouched(path: string, written: Files[string] | undefined): boolean {
  if (!written) return false;
  try {
    const stats = lstatSync(path);
    return stats.isFile() && stats.size === written.size && stats.mtimeMs === written.mtimeMs;
  } catch {
    return false;
  }
}

/** Every folder the outputs go in, each after its parent, each once (`.` is the build folder itself). */
function foldersOf(outputs: OutputFile[]): string[] {
  const folders = new Set<string>();
  for (const output of outputs) {
    const segments = output.path.split('/').slice(0, -1);
    segments.forEach((_, index) => folders.add(segments.slice(0, index + 1).join('/')));
  }
  // A parent is a prefix of its children's paths, so it sorts before them.
  return [...folders].sort();
}

/** Write every output into a new folder `dir`. A refused write names the file as it will be under `shown` (`--out`). */
function writeWhole(dir: string, outputs: OutputFile[], digests: string[], what: string, shown: string): Files {
  namingWrites(what, dir, () => mkdirSync(dir));
  // One mkdir a folder: the folder is new, so its parent exists and it does not.
  for (const folder of foldersOf(outputs)) namingWrites(what, targetOf(shown, folder), () => mkdirSync(targetOf(dir, folder)));
  const files: Files = {};
  outputs.forEach((output, index) => {
    const target = targetOf(dir, output.path);
    const {size, mtimeMs} = namingWrites(what, targetOf(shown, output.path), () => writeNewFile(target, output.contents));
    files[output.path] = {digest: digests[index] as string, size, mtimeMs};
  });
  return files;
}

/** Bring the spare build in `dir` up to date in place: write what differs from its record, remove what the site lacks. */
function updateInPlace(dir: string, outputs: OutputFile[], digests: string[], spare: BuildFolder, what: string, shown: string): Omit<BuildFolder, 'site'> {
  const known = spare.files;
  const files: Files = {};
  outputs.forEach((output, index) => {
    const target = targetOf(dir, output.path);
    const digest = digests[index] as string;
    const before = known[output.path];
    if (before?.digest === digest && untouched(target, before)) {
      files[output.path] = before;
      return;
    }
    namingWrites(what, targetOf(shown, output.path), () => {
      rmSync(target, {recursive: true, force: true});
      mkdirSync(dirname(target), {recursive: true});
      const {size, mtimeMs} = writeNewFile(target, output.contents);
      files[output.path] = {digest, size, mtimeMs};
    });
  });
  const folders = namingWrites(what, shown, () => removeOthers(dir, outputs, known, spare.folders));
  return {files, folders};
}

function stampOf(path: string): Folders[string] | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isDirectory() ? [stats.mtimeMs, stats.ctimeMs, stats.ino] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Delete what in `dir` the site does not have (a removed post, a file put
 * there by hand) and folders left empty; returns the folders' stamps. Only
 * the folders whose stamp differs from the record are listed: one whose
 * stamp is the same holds what the last build left, whose files the
 * record names. Without stamps, every folder is listed.
 */
function removeOthers(dir: string, outputs: OutputFile[], known: Files, stamps: Folders | undefined): Folders {
  if (!stamps) {
    removeAllOthers(dir, outputs);
    return stampFolders(dir, outputs, {}, new Set(foldersOf(outputs).concat('')));
  }
  const wanted = new Set(outputs.map((output) => output.path));
  const needed = new Set(foldersOf(outputs).concat(''));
  const touched = new Set<string>();
  const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  // What the last build wrote and this one does not: each file, or the outermost folder no output goes in any more.
  const remove = (path: string): void => {
    let top = path;
    while (!needed.has(parentOf(top))) top = parentOf(top);
    // A page of this build where a folder of the last one was, or a folder where a page was: writing it replaced that.
    if (wanted.has(top) || needed.has(top)) return;
    rmSync(targetOf(dir, top), {recursive: true, force: true});
    touched.add(parentOf(top));
  };
  for (const path of Object.keys(known)) if (!wanted.has(path)) remove(path);
  for (const folder of Object.keys(stamps)) if (!needed.has(folder)) remove(folder);
  for (const folder of needed) {
    if (!touched.has(folder) && sameStamp(stamps[folder], stampOf(targetOf(dir, folder)))) continue;
    touched.add(folder);
    const path = targetOf(dir, folder);
    for (const entry of readdirSync(path, {withFileTypes: true})) {
      const child = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory() ? !needed.has(child) : !wanted.has(child)) rmSync(join(path, entry.name), {recursive: true, force: true});
    }
  }
  return stampFolders(dir, outputs, stamps, touched);
}

/** The stamps of the folders the site has: `touched` ones stamped again, the rest as recorded; none too recent to vouch for. */
function stampFolders(dir: string, outputs: OutputFile[], stamps: Folders, touched: ReadonlySet<string>): Folders {
  const now = Date.now();
  const folders: Folders = {};
  for (const folder of foldersOf(outputs).concat('')) {
    const stamp = touched.has(folder) ? stampOf(targetOf(dir, folder)) : stamps[folder];
    if (stamp && isSettled(stamp[1], now)) folders[folder] = stamp;
  }
  return folders;
}

/** Delete files in `dir` the site does not have, and folders left empty, listing every folder. */
function removeAllOthers(dir: string, outputs: OutputFile[]): void {
  const wanted = new Set(outputs.map((output) => targetOf(dir, output.path)));
  const folders = new Set(outputs.flatMap((output) => ancestors(dir, targetOf(dir, output.path))));
  const emptied: string[] = [];
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
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

function ancestors(dir: string, path: string): string[] {
  const found: string[] = [];
  for (let folder = dirname(path); folder !== dir && folder.length > dir.length; folder = dirname(folder)) found.push(folder);
  return found;
}

/** Make `--out` a link to `site`, in one rename (see the top of this file). */
function switchTo(place: Place, site: string, suffix: string, what: string): void {
  const link = join(place.parent, `.${place.name}-link-${suffix}`);
  namingWrites(what, link, () => symlinkSync(site, link, 'junction'));
  let aside: string | undefined;
  try {
    if (kindOf(place.out) === 'folder') {
      if (readdirSync(place.out).length === 0) {
        rmdirSync(place.out);
      } else {
        aside = join(place.parent, `.${place.name}-previous-${suffix}`);
        renameSync(place.out, aside);
      }
    }
    namingWrites(what, place.out, () => renameSync(link, place.out));
  } catch (error) {
    rmSync(link, {force: true});
    if (aside && kindOf(place.out) === 'missing') renameSync(aside, place.out);
    throw error;
  }
}

function tidy(place: Place, what: string): string | undefined {
  return namingWrites(what, place.parent, () => {
    recover(place);
    const current = liveSite(place);
    removeLeftovers(place, new Set([current]), true);
    return current;
  });
}

/**
 * Undo what a killed run left beside `outDir`: a real output folder moved
 * aside goes back, staging folders go. Every build starts with this, before
 * its checks, so a build that refuses to publish leaves the output as the
 * last run that completed left it.
 */
export function tidyOutput(outDir: string): void {
  const place = placeOf(outDir);
  if (kindOf(place.parent) === 'folder') tidy(place, `the site to \`${outDir}\``);
}

/** The record of the previous build, when the live build on disk is the one it describes. */
function matchingRecord(place: Place, current: string | undefined, previous: WrittenRecord | undefined): WrittenRecord | undefined {
  return previous && previous.outDir === place.out && current !== undefined && previous.live?.site === current ? safeRecord(previous) : undefined;
}

/**
 * Write the site to `outDir` (see the top of this file): the previous site
 * stays whole and in place until the new one is complete, and a build that
 * fails part-way leaves it exactly as it was. With the record of the
 * previous builds, only files that changed are written. Returns the record
 * of what is there now. Throws a WriteError when the system refuses a write.
 */
export function writeOutput(outDir: string, outputs: OutputFile[], previous?: WrittenRecord): WrittenRecord {
  const place = placeOf(outDir);
  const what = `the site to \`${outDir}\``;
  namingWrites(what, place.parent, () => mkdirSync(place.parent, {recursive: true}));
  const current = tidy(place, what);
  const digests = outputs.map(digestOf);
  const record = matchingRecord(place, current, previous);
  const spare = record?.spare && record.spare.site !== current && kindOf(join(place.parent, record.spare.site)) === 'folder' ? record.spare : undefined;
  const suffix = randomBytes(6).toString('hex');
  let live: BuildFolder | undefined;
  if (spare) {
    try {
      live = {site: spare.site, ...updateInPlace(join(place.parent, spare.site), outputs, digests, spare, what, outDir)};
    } catch {
      // Something in the spare is not as recorded (a folder where a page goes…): write the site whole.
    }
  }
  const building = join(place.parent, `.${place.name}-building-${suffix}`);
  if (!live) {
    const site = `.${place.name}-site-${suffix}`;
    try {
      live = {site, files: writeWhole(building, outputs, digests, what, outDir)};
      namingWrites(what, building, () => renameSync(building, join(place.parent, site)));
    } catch (error) {
      rmSync(building, {recursive: true, force: true});
      throw error;
    }
  }
  try {
    switchTo(place, live.site, suffix, what);
  } catch (error) {
    if (live.site !== spare?.site) rmSync(join(place.parent, live.site), {recursive: true, force: true});
    throw error;
  }
  // The build that was live is the next one's spare, when the record says what it holds.
  const kept = record && current !== undefined ? {site: current, files: record.live.files, ...(record.live.folders ? {folders: record.live.folders} : {})} : undefined;
  const written: WrittenRecord = {outDir: place.out, live, ...(kept ? {spare: kept} : {})};
  try {
    removeLeftovers(place, new Set([live.site, kept?.site]), false);
  } catch {
    // The new site is in place; what is left goes on the next run.
  }
  return written;
}

function validFiles(files: unknown): files is Files {
  if (typeof files !== 'object' || files === null) return false;
  for (const [path, written] of Object.entries(files)) {
    if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..') || path.includes('\\')) return false;
    const entry = written as Partial<Files[string]> | undefined;
    if (typeof entry?.digest !== 'string' || typeof entry.size !== 'number' || typeof entry.mtimeMs !== 'number') return false;
  }
  return true;
}

function validFolders(folders: unknown): boolean {
  if (folders === undefined) return true;
  if (typeof folders !== 'object' || folders === null) return false;
  for (const [path, stamp] of Object.entries(folders)) {
    if ((path !== '' && path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')) || path.includes('\\')) return false;
    if (!Array.isArray(stamp) || stamp.length !== 3 || !stamp.every((value) => typeof value === 'number')) return false;
  }
  return true;
}

/** A record read from the cache, or undefined when any entry is malformed or could point outside the output folder. */
function safeRecord(previous: WrittenRecord): WrittenRecord | undefined {
  const siteName = /^\.[^/\\]+-site-[\da-f]{12}$/;
  const valid = (folder: BuildFolder | undefined): boolean => typeof folder?.site === 'string' && siteName.test(folder.site) && validFiles(folder.files) && validFolders(folder.folders);
  if (!valid(previous.live) || (previous.spare !== undefined && !valid(previous.spare))) return undefined;
  return previous;
}
