import {randomBytes} from 'node:crypto';
import {closeSync, fstatSync, openSync, readFileSync, readSync, statSync} from 'node:fs';
import {mkdir, readdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import * as v from 'valibot';
import type {OutputBytes, OutputOrigin, PublishedPage, RenderedSource} from '../render-site.js';
import {writeFileAtomically} from '../write-atomically.js';
import {renderIndexSchema, storedRenderSchema, verifiedBlobsSchema} from './cache-schemas.js';
import {hashText} from './hash-text.js';
import {isSettled, sameStamp, stampOfStats, type DiskStamp} from '../disk-stamp.js';
import type {SiteCache} from './site-cache.js';

/** A rendered source, valid while its text and its view of the site stay the same. */
export interface RenderEntry {
  hash: string;
  view: string;
  rendered: RenderedSource;
}

type Range = [start: number, end: number];

interface StoredRender {
  hash: string;
  view: string;
  /** The blob file holding this entry's bytes. */
  blob: string;
  outputs: {path: string; origin: OutputOrigin; digest: string; at: Range}[];
  published: PublishedPage[];
  entry?: Omit<NonNullable<RenderedSource['entry']>, 'xml'> & {xmlAt: Range; xmlDigest: string};
  /** Hash of everything above but the ranges, with the source's path: bytes verified against their digests belong to this entry. */
  seal: string;
}

/** What an entry's seal covers: its source, its key, and the digest and path of each of its pieces. */
function sealOf(path: string, entry: Omit<StoredRender, 'seal' | 'blob'>): string {
  const {xmlAt: _, ...feedEntry} = entry.entry ?? {xmlAt: undefined};
  return hashText(JSON.stringify([path, entry.hash, entry.view, entry.outputs.map((output) => [output.path, output.origin, output.digest]), entry.published, feedEntry]));
}

/** Blobs are never changed once written, so two runs sharing a cache cannot corrupt each other's. */
const blobName = /^[\da-f]{12}\.blob$/;
/** What a run killed while writing a blob left. */
const blobLeftover = /^\.[\da-f]{12}\.blob\.folio-[\da-f]{12}\.tmp$/;
/** More blobs than this and the next save gathers every entry into one. */
const maxBlobs = 16;

function inside(range: unknown, size: number): range is Range {
  return Array.isArray(range) && Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[0] <= range[1] && range[1] <= size;
}

/** True when the bytes at `range` of the blob are the ones stored under `digest`: anything else is a miss, never output. */
function verified(blob: Buffer, range: unknown, digest: unknown): boolean {
  return inside(range, blob.length) && typeof digest === 'string' && hashText(blob.subarray(range[0], range[1])) === digest;
}

/** The ranges (`start:end:digest`) of one blob file whose bytes were checked against their digest while it had `stamp`. */
interface VerifiedBlob {
  stamp: DiskStamp;
  ranges: Set<string>;
}

function rangeKey(range: Range, digest: string): string {
  return `${range[0]}:${range[1]}:${digest}`;
}

/** A blob file of the cache as a run finds it: its stamp, the ranges vouched for at that stamp, and its bytes once they are needed. */
interface StoredBlob {
  path: string;
  stamp: DiskStamp;
  trusted: ReadonlySet<string>;
  /** The ranges checked (or vouched for) in this run, when the blob is old enough for them to vouch for the next. */
  checked: Set<string> | undefined;
  /** Read whole only when a range is not vouched for; null when that failed, or the blob is not the file that was stamped. */
  bytes: Buffer | null | undefined;
}

function stampOf(path: string): DiskStamp | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stampOfStats(stats) : undefined;
  } catch {
    return undefined;
  }
}

/** The whole blob, read once, from the file that was stamped. */
function blobBytes(blob: StoredBlob): Buffer | null {
  if (blob.bytes !== undefined) return blob.bytes;
  blob.bytes = null;
  let descriptor: number;
  try {
    descriptor = openSync(blob.path, 'r');
  } catch {
    return null;
  }
  try {
    const stats = fstatSync(descriptor);
    if (sameStamp(blob.stamp, stampOfStats(stats))) blob.bytes = readFileSync(descriptor);
  } catch {
    // Unreadable: every range in it is a miss.
  } finally {
    closeSync(descriptor);
  }
  return blob.bytes;
}

/** True when `range` of the blob holds the bytes stored under `digest`: vouched for by an earlier run at the same stamp, or checked now. */
function holds(blob: StoredBlob, range: unknown, digest: string): boolean {
  if (!inside(range, blob.stamp[0])) return false;
  const key = rangeKey(range, digest);
  if (!blob.trusted.has(key)) {
    const bytes = blobBytes(blob);
    if (!bytes || !verified(bytes, range, digest)) return false;
  }
  blob.checked?.add(key);
  return true;
}

/**
 * Give `target` its `key` (a page's contents, a feed entry's XML) from
 * `range` of the blob: read when first used (most cached pages are never
 * written again), and checked against `digest` then, unless the blob was
 * read whole and checked already.
 */
function withBytes<T extends object, K extends string>(target: T, key: K, blob: StoredBlob, range: Range, digest: string): T & Record<K, Uint8Array> {
  let bytes: Uint8Array | undefined = blob.bytes ? blob.bytes.subarray(...range) : undefined;
  Object.defineProperty(target, key, {enumerable: true, configurable: true, get: () => (bytes ??= readRange(blob, range, digest))});
  return target as T & Record<K, Uint8Array>;
}

function readRange(blob: StoredBlob, range: Range, digest: string): Uint8Array {
  const bytes = Buffer.allocUnsafe(range[1] - range[0]);
  let done = 0;
  const descriptor = openSync(blob.path, 'r');
  try {
    while (done < bytes.length) {
      const read = readSync(descriptor, bytes, done, bytes.length - done, range[0] + done);
      if (read === 0) break;
      done += read;
    }
  } finally {
    closeSync(descriptor);
  }
  // Blobs are never written twice: only something outside the toolchain changed it since it was stamped.
  if (done !== bytes.length || hashText(bytes) !== digest) throw new Error(`Unexpected change to the cache file \`${blob.path}\` while the build ran, expected the bytes it held when the build started: run the build again`);
  return bytes;
}

function bytesOf(value: OutputBytes | string): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Array.isArray(value)) return Buffer.concat(value as Uint8Array[]);
  const bytes = value as Uint8Array;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Rendered pages and feed entries of every source, kept between builds.
 * Their bytes live in blob files, each written once (pages are mostly
 * quotes and tags, which JSON would escape and slowly unescape); the JSON
 * index holds each entry's blob and ranges. A save writes one new blob with
 * what was rendered this run. Every page and feed entry read back is
 * checked against the digest it was stored under, once for each blob file:
 * the store `blobs` keeps which ranges of which blob were checked while the
 * file had which stamp, and a blob with the same stamp (never written since,
 * never replaced) needs no second look at those ranges.
 */
export class RenderStore {
  /** Where each entry read from the cache has its bytes. */
  private readonly stored = new Map<string, StoredRender>();
  /** What `read` checked (or found checked before), by blob name, for the next run. */
  private readonly verified = new Map<string, VerifiedBlob>();
  /** The `blobs` store as read, to tell whether a save would add to it. */
  private vouched = new Map<string, VerifiedBlob>();

  constructor(private readonly cache: SiteCache) {}

  private async readVerified(): Promise<Map<string, VerifiedBlob>> {
    const found = v.safeParse(verifiedBlobsSchema, await this.cache.read('blobs'));
    if (!found.success) return new Map();
    this.vouched = new Map(found.output.map(([name, stamp, ranges]) => [name, {stamp, ranges: new Set(ranges)}]));
    return this.vouched;
  }

  async read(): Promise<Map<string, RenderEntry>> {
    const entries = new Map<string, RenderEntry>();
    const found = v.safeParse(renderIndexSchema, await this.cache.read('render'));
    if (!found.success) return entries;
    const index = new Map<string, StoredRender>();
    for (const [path, stored] of Object.entries(found.output)) {
      const entry = v.safeParse(storedRenderSchema, stored);
      if (entry.success) index.set(path, entry.output as StoredRender);
    }
    const before = await this.readVerified();
    const now = Date.now();
    const blobs = new Map<string, StoredBlob>();
    for (const name of new Set([...index.values()].map((entry) => entry.blob))) {
      const path = join(this.cache.dir, name);
      const stamp = stampOf(path);
      if (!stamp) continue;
      const known = before.get(name);
      const trusted = known && sameStamp(known.stamp, stamp) ? known.ranges : new Set<string>();
      // What is checked now vouches for the next run only once the blob is past the racy moment.
      const checked = isSettled(stamp[2], now) ? new Set<string>() : undefined;
      if (checked) this.verified.set(name, {stamp, ranges: checked});
      blobs.set(name, {path, stamp, trusted, checked, bytes: undefined});
    }
    for (const [path, entry] of index) {
      const blob = blobs.get(entry.blob);
      if (!blob || entry.seal !== sealOf(path, entry)) continue;
      // Every range is checked (or vouched for) before any is used: `every` stops at the first that fails.
      if (!entry.outputs.every((output) => holds(blob, output.at, output.digest)) || (entry.entry && !holds(blob, entry.entry.xmlAt, entry.entry.xmlDigest))) continue;
      const rendered: RenderedSource = {
        outputs: entry.outputs.map((output) => withBytes({path: output.path, origin: output.origin, digest: output.digest}, 'contents', blob, output.at, output.digest)),
        published: entry.published
      };
      if (entry.entry) {
        const {xmlAt, xmlDigest, ...rest} = entry.entry;
        rendered.entry = withBytes({...rest}, 'xml', blob, xmlAt, xmlDigest);
      }
      entries.set(path, {hash: entry.hash, view: entry.view, rendered});
      this.stored.set(path, entry);
    }
    return entries;
  }

  /** Save `entries`; those not read from the cache (rendered this run) go into a new blob. */
  async write(entries: Map<string, RenderEntry>): Promise<void> {
    const reused = new Set([...entries.keys()].filter((path) => this.stored.get(path)?.hash === entries.get(path)?.hash && this.stored.get(path)?.view === entries.get(path)?.view));
    const blobsInUse = new Set([...reused].map((path) => this.stored.get(path)?.blob));
    const gather = blobsInUse.size >= maxBlobs;
    const name = `${randomBytes(6).toString('hex')}.blob`;
    const chunks: Buffer[] = [];
    let offset = 0;
    const add = (value: OutputBytes | string): Range => {
      const chunk = bytesOf(value);
      chunks.push(chunk);
      offset += chunk.length;
      return [offset - chunk.length, offset];
    };
    const index: Record<string, StoredRender> = {};
    for (const [path, {hash, view, rendered}] of entries) {
      const before = this.stored.get(path);
      if (!gather && before && reused.has(path)) {
        index[path] = before;
        continue;
      }
      const stored: Omit<StoredRender, 'seal' | 'blob'> = {
        hash,
        view,
        outputs: rendered.outputs.map((output) => ({path: output.path, origin: output.origin, digest: output.digest ?? hashText(output.contents), at: add(output.contents)})),
        published: rendered.published,
        ...(rendered.entry ? {entry: {...withoutXml(rendered.entry), xmlAt: add(rendered.entry.xml), xmlDigest: hashText(rendered.entry.xml)}} : {})
      };
      index[path] = {...stored, blob: name, seal: sealOf(path, stored)};
    }
    try {
      await mkdir(this.cache.dir, {recursive: true});
      if (chunks.length > 0) writeFileAtomically(join(this.cache.dir, name), chunks);
      await this.cache.write('render', index);
      await this.writeVerified(index);
      // Blobs nothing points at any more (older runs, older toolchains); a run that still needs one just renders again.
      const used = new Set(Object.values(index).map((entry) => entry.blob));
      for (const file of await readdir(this.cache.dir)) {
        if ((blobName.test(file) && !used.has(file)) || blobLeftover.test(file)) await rm(join(this.cache.dir, file), {force: true});
      }
    } catch {
      // A cache that cannot be written only costs time later.
    }
  }

  /** Save which ranges of the blobs still in use were checked, when a range was checked that no record vouched for (a save for less would depend on the clock). */
  private async writeVerified(index: Record<string, StoredRender>): Promise<void> {
    const inUse = new Map<string, Set<string>>();
    let gained = false;
    for (const entry of Object.values(index)) {
      const checked = this.verified.get(entry.blob);
      if (!checked) continue;
      const ranges = inUse.get(entry.blob) ?? new Set<string>();
      inUse.set(entry.blob, ranges);
      const known = this.vouched.get(entry.blob);
      const keys = [...entry.outputs.map((output) => rangeKey(output.at, output.digest)), ...(entry.entry ? [rangeKey(entry.entry.xmlAt, entry.entry.xmlDigest)] : [])];
      for (const key of keys) {
        if (!checked.ranges.has(key)) continue;
        ranges.add(key);
        if (!known || !sameStamp(known.stamp, checked.stamp) || !known.ranges.has(key)) gained = true;
      }
    }
    if (!gained) return;
    const body = [...inUse].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, ranges]) => [name, this.verified.get(name)?.stamp, [...ranges].sort()]);
    await this.cache.write('blobs', body);
  }
}

function withoutXml<T extends {xml: string | Uint8Array}>(entry: T): Omit<T, 'xml'> {
  const {xml: _, ...rest} = entry;
  return rest;
}
