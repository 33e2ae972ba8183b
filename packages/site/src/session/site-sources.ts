import {lstatSync} from 'node:fs';
import {isAbsolute, join, relative, sep} from 'node:path';
import {listContent, type ContentListing} from '@folio/lint';
import {VFile} from 'vfile';
import {hashText} from '../cache/hash-text.js';
import {decodeBuffer, decodeSource, readSourceBytes} from '../load-sources.js';
import {isSettled, sameStamp, stampOfStats, type DiskStamp} from '../disk-stamp.js';
import {restoreMessages, serializeMessages, type SerializedMessage} from '../parallel/serialized-message.js';

/** A source's stamp with the hash of the bytes it had, as an earlier run recorded them: `[size, mtimeMs, ctimeMs, ino, hash]`. */
export type SourceRecord = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

/** One post or page as last read from disk. */
interface DiskSource {
  /** When read: a refresh without a list of changes compares it. Undefined when the file could not be stamped. */
  stamp?: DiskStamp;
  /** When the stamp was taken (`Date.now()`), to tell a stamp too recent to vouch for the bytes. */
  stampedAt: number;
  /** Not read yet: listed since, and neither the memo nor an earlier run vouches for its bytes. */
  pending?: boolean;
  /** Why it has no bytes (unreadable, too large, not a regular file). */
  failure?: SerializedMessage[];
  /** Missing, with a hash, when an earlier run's record vouches for the bytes: read when they are needed. */
  bytes?: Uint8Array;
  /** Hash of the bytes. */
  hash?: string;
  /** False once bytes read later did not have the recorded hash: the stamp vouches for nothing then. */
  vouched?: boolean;
}

/** An unsaved editor buffer: the text of its file for every check while it is set. */
interface Buffer {
  text: string;
  hash: string;
}

function matches(record: SourceRecord | undefined, stamp: DiskStamp): record is SourceRecord {
  return record !== undefined && sameStamp(record.slice(0, 4) as number[], stamp);
}

/**
 * The posts and pages of a content directory, each as last read (bytes and
 * their hash), with the editor's unsaved buffers over them: the one loader
 * every surface reads sources through. A listing only stamps each file
 * (`lstat`); the bytes of a file whose stamp is unchanged since it was read,
 * in this session or in a run that recorded it (`settle`), are read only
 * when it has to be parsed.
 */
export class SiteSources {
  listing: ContentListing | undefined;
  private readonly disk = new Map<string, DiskSource>();
  private readonly buffers = new Map<string, Buffer>();

  constructor(
    readonly contentDir: string,
    private readonly skip: string[]
  ) {}

  /** A content-relative, `/`-separated path for an absolute or content-relative one. */
  contentPath(path: string): string {
    return (isAbsolute(path) ? relative(this.contentDir, path) : path).split(sep).join('/');
  }

  /** List the folder again and stamp every source; those whose stamp changed are read again when asked for. Throws when the folder cannot be listed. */
  async scan(postsFolder: string | undefined): Promise<void> {
    this.listing = undefined;
    const listing = await listContent(this.contentDir, this.skip, postsFolder);
    const present = new Set(listing.sources);
    for (const path of this.disk.keys()) if (!present.has(path)) this.disk.delete(path);
    const stampedAt = Date.now();
    for (const path of listing.sources) {
      const before = this.disk.get(path);
      const stamp = this.stampOf(path);
      if (before && !before.pending && sameStamp(before.stamp, stamp)) continue;
      this.disk.set(path, stamp ? {stamp, stampedAt, pending: true} : {stampedAt, pending: true});
    }
    this.listing = listing;
  }

  /**
   * Take the hash of each source not read yet from `recorded` (an earlier
   * run's records, see `records`) when its stamp is the recorded one; read
   * the others now.
   */
  settle(recorded: ReadonlyMap<string, SourceRecord>): void {
    for (const [path, read] of this.disk) {
      if (!read.pending) continue;
      const record = recorded.get(path);
      if (read.stamp && matches(record, read.stamp)) this.disk.set(path, {stamp: read.stamp, stampedAt: read.stampedAt, hash: record[4]});
      else this.read(path, read.stamp, read.stampedAt);
    }
  }

  /**
   * Each source read from disk whose stamp vouches for its hash, for a later
   * run's `settle`: not one stamped too soon after it changed (`isSettled`), not
   * one whose bytes turned out other than recorded.
   */
  records(): Map<string, SourceRecord> {
    const records = new Map<string, SourceRecord>();
    for (const [path, read] of this.disk) {
      const {stamp, hash} = read;
      if (read.pending || read.vouched === false || !stamp || hash === undefined) continue;
      if (!isSettled(stamp[2], read.stampedAt)) continue;
      records.set(path, [...stamp, hash]);
    }
    return records;
  }

  /** Read `path` again if it is a known source (a copied file's contents do not matter); false when it is neither (the listing may have changed). */
  async update(path: string): Promise<boolean> {
    if (this.listing?.assets.includes(path)) return true;
    if (!this.listing?.sources.includes(path)) return false;
    const stampedAt = Date.now();
    this.read(path, this.stampOf(path), stampedAt);
    return true;
  }

  /** Synchronous: a thousand `lstat`s through the thread pool cost more than the calls themselves. */
  private stampOf(path: string): DiskStamp | undefined {
    let stats;
    try {
      stats = lstatSync(join(this.contentDir, path));
    } catch {
      // Gone or unreadable since the listing: reading it says why.
      return undefined;
    }
    return stampOfStats(stats);
  }

  /** Read the bytes of `path` (stamped as given) and hash them. */
  private read(path: string, stamp: DiskStamp | undefined, stampedAt: number): DiskSource {
    const {file, bytes} = readSourceBytes(this.contentDir, path);
    const read: DiskSource = stamp ? {stamp, stampedAt} : {stampedAt};
    if (bytes) {
      read.bytes = bytes;
      read.hash = hashText(bytes);
    } else {
      read.failure = serializeMessages(file);
    }
    this.disk.set(path, read);
    return read;
  }

  /** The disk's record of `path`, read now if nothing vouches for its bytes yet. */
  private diskSource(path: string): DiskSource | undefined {
    const read = this.disk.get(path);
    return read?.pending ? this.read(path, read.stamp, read.stampedAt) : read;
  }

  /** Use `text` for `path` (content-relative) instead of what is on disk; undefined goes back to the disk. */
  setBuffer(path: string, text: string | undefined): void {
    if (text === undefined) this.buffers.delete(path);
    else this.buffers.set(path, {text, hash: hashText(text)});
  }

  hasBuffer(path: string): boolean {
    return this.buffers.has(path);
  }

  /** A fresh file for `path` with what reading it reported, and the hash of its text (undefined when it has none). */
  fileOf(path: string): {file: VFile; hash?: string} {
    const file = new VFile({path, cwd: this.contentDir});
    const buffer = this.buffers.get(path);
    if (buffer) return {file, hash: buffer.hash};
    const read = this.diskSource(path);
    if (read?.failure) restoreMessages(file, read.failure);
    return read?.hash === undefined ? {file} : {file, hash: read.hash};
  }

  /** Give `file` its text (with the `encoding` messages of its bytes); false when it has none. */
  decode(file: VFile): boolean {
    const buffer = this.buffers.get(file.path);
    if (buffer) {
      decodeBuffer(file, buffer.text);
      return true;
    }
    const bytes = this.bytesOf(file);
    if (!bytes) return false;
    decodeSource(file, bytes);
    return file.value !== undefined;
  }

  /** The bytes of a disk source, read now when a record vouched for their hash; bytes that do not have it are used, and vouch for nothing more. */
  private bytesOf(file: VFile): Uint8Array | undefined {
    const read = this.diskSource(file.path);
    if (!read || read.bytes || read.hash === undefined) return read?.bytes;
    const {file: fresh, bytes} = readSourceBytes(this.contentDir, file.path);
    if (!bytes) {
      read.failure = serializeMessages(fresh);
      restoreMessages(file, read.failure);
      read.vouched = false;
      return undefined;
    }
    read.bytes = bytes;
    const hash = hashText(bytes);
    if (hash !== read.hash) {
      // Changed since it was stamped: the next run reads it again, and finds it changed.
      read.hash = hash;
      read.vouched = false;
    }
    return bytes;
  }
}
