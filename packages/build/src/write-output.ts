import {randomBytes} from 'node:crypto';
import {linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmdirSync, rmSync, symlinkSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {hashText} from './cache/hash-text.js';
import type {OutputFile} from './render-site.js';
import {writeNewFile} from './write-atomically.js';
import {namingWrites} from './write-error.js';

/*
 * How a build reaches `--out` with no moment where the site there is
 * missing, old and new mixed, or half written (each step below may be
 * killed; the fault-injection test kills every one):
 *
 * 1. Every build is written whole into a fresh sibling folder,
 *    `.NAME-building-HEX`. Pages unchanged since the live build (same
 *    digest, and size and time as that build left them) are hard links to
 *    its files, so only changed pages are written; the rest are copied.
 * 2. Complete, it is renamed `.NAME-site-HEX`.
 * 3. `--out` is a symbolic link to the live `.NAME-site-HEX`: a new link,
 *    `.NAME-link-HEX`, is made beside it and renamed over `--out`. That one
 *    rename switches readers from one complete site to the next (tar
 *    `--dereference`, a web server and plain reads follow the link).
 * 4. Then, and at the start of every run, whatever else matches
 *    `.NAME-(building|site|link|previous)-HEX` goes.
 *
 * A real folder at `--out` (written by an older folio, or made by hand) is
 * moved to `.NAME-previous-HEX` right before the link takes its place: a run
 * killed between those two renames has no `--out`, and the next run moves
 * `.NAME-previous-*` back before anything else. An empty folder is simply
 * removed first.
 */

/** What a build wrote, so the next one can write only what changed. */
export interface WrittenRecord {
  outDir: string;
  /** The live `.NAME-site-HEX` folder `outDir` links to. */
  site: string;
  files: Record<string, {digest: string; size: number; mtimeMs: number}>;
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

/** The live site folder's name, when `--out` is a link this toolchain made. */
function liveSite(place: Place): string | undefined {
  if (kindOf(place.out) !== 'link') return undefined;
  const target = readlinkSync(place.out);
  const pattern = new RegExp(`^\\.${escaped(place.name)}-site-[\\da-f]{12}$`);
  return pattern.test(target) && kindOf(join(place.parent, target)) === 'folder' ? target : undefined;
}

/** Undo a run killed while moving a real folder aside: put it back. */
function recover(place: Place): void {
  if (kindOf(place.out) !== 'missing') return;
  const previous = siblingsOf(place).find((sibling) => sibling.kind === 'previous');
  if (previous) renameSync(join(place.parent, previous.name), place.out);
}

/** Remove what earlier runs left beside `--out`, all but the live site. */
function removeLeftovers(place: Place, keep: string | undefined): void {
  for (const sibling of siblingsOf(place)) {
    if (sibling.name !== keep) rmSync(join(place.parent, sibling.name), {recursive: true, force: true});
  }
}

function digestOf(output: OutputFile): string {
  return output.digest ?? hashText(output.contents);
}

function targetOf(dir: string, path: string): string {
  return join(dir, ...path.split('/'));
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

/** The live build, for reusing its unchanged files. */
interface Live {
  dir: string;
  files: WrittenRecord['files'];
}

/**
 * Write every output into `dir`: a file unchanged since the live build is
 * a hard link to it, any other is written. Returns the paths linked. A
 * refused write names the file as it will be under `shown` (`--out`).
 */
function stage(dir: string, outputs: OutputFile[], digests: string[], live: Live | undefined, what: string, shown: string): Set<string> {
  const linked = new Set<string>();
  namingWrites(what, dir, () => mkdirSync(dir));
  for (const folder of new Set(outputs.map((output) => dirname(output.path)))) {
    if (folder !== '.') namingWrites(what, targetOf(shown, folder), () => mkdirSync(targetOf(dir, folder), {recursive: true}));
  }
  outputs.forEach((output, index) => {
    const target = targetOf(dir, output.path);
    const before = live?.files[output.path];
    if (live && before && before.digest === digests[index]) {
      const source = targetOf(live.dir, output.path);
      if (untouched(source, before)) {
        try {
          linkSync(source, target);
          linked.add(output.path);
          return;
        } catch {
          // A file system without hard links: write the bytes instead.
        }
      }
    }
    namingWrites(what, targetOf(shown, output.path), () => writeNewFile(target, output.contents));
  });
  return linked;
}

/** Make `--out` a link to `site`, in one rename (see the top of this file). */
function switchTo(place: Place, site: string, suffix: string, what: string): void {
  const link = join(place.parent, `.${place.name}-link-${suffix}`);
  namingWrites(what, link, () => symlinkSync(site, link, 'junction'));
  let aside: string | undefined;
  try {
    const kind = kindOf(place.out);
    if (kind === 'folder') {
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

function record(place: Place, site: string, outputs: OutputFile[], digests: string[], linked: Set<string>, live: Live | undefined): WrittenRecord {
  const files: WrittenRecord['files'] = {};
  const dir = join(place.parent, site);
  outputs.forEach((output, index) => {
    const before = live?.files[output.path];
    if (before && linked.has(output.path)) {
      files[output.path] = before;
      return;
    }
    const {size, mtimeMs} = lstatSync(targetOf(dir, output.path));
    files[output.path] = {digest: digests[index] as string, size, mtimeMs};
  });
  return {outDir: place.out, site, files};
}

function tidy(place: Place, what: string): string | undefined {
  return namingWrites(what, place.parent, () => {
    recover(place);
    const current = liveSite(place);
    removeLeftovers(place, current);
    return current;
  });
}

/**
 * Undo what a killed run left beside `outDir`: a real output folder moved
 * aside goes back, staging folders and stale builds go. Every build starts
 * with this, before its checks, so a build that refuses to publish leaves
 * the output as the last run that completed left it.
 */
export function tidyOutput(outDir: string): void {
  const place = placeOf(outDir);
  if (kindOf(place.parent) === 'folder') tidy(place, `the site to \`${outDir}\``);
}

/**
 * Write the site to `outDir` (see the top of this file): the previous site
 * stays whole and in place until the new one is complete, and a build that
 * fails part-way leaves it exactly as it was. With the record of the
 * previous build, only pages that changed are written. Returns the record
 * of what is there now. Throws a WriteError when the system refuses a write.
 */
export function writeOutput(outDir: string, outputs: OutputFile[], previous?: WrittenRecord): WrittenRecord {
  const place = placeOf(outDir);
  const what = `the site to \`${outDir}\``;
  namingWrites(what, place.parent, () => mkdirSync(place.parent, {recursive: true}));
  const current = tidy(place, what);
  const digests = outputs.map(digestOf);
  const known = current !== undefined && previous?.outDir === place.out && previous.site === current ? safeRecord(previous) : undefined;
  const live = known && current ? {dir: join(place.parent, current), files: known.files} : undefined;
  const suffix = randomBytes(6).toString('hex');
  const building = join(place.parent, `.${place.name}-building-${suffix}`);
  const site = `.${place.name}-site-${suffix}`;
  let linked: Set<string>;
  try {
    linked = stage(building, outputs, digests, live, what, outDir);
    namingWrites(what, building, () => renameSync(building, join(place.parent, site)));
    switchTo(place, site, suffix, what);
  } catch (error) {
    rmSync(building, {recursive: true, force: true});
    rmSync(join(place.parent, site), {recursive: true, force: true});
    throw error;
  }
  const written = record(place, site, outputs, digests, linked, live);
  try {
    removeLeftovers(place, site);
  } catch {
    // The new site is in place; what is left goes on the next run.
  }
  return written;
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
