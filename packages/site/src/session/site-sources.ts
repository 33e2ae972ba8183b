import {lstat} from 'node:fs/promises';
import {isAbsolute, join, relative, sep} from 'node:path';
import {listContent, type ContentListing} from '@folio/lint';
import {VFile} from 'vfile';
import {hashText} from '../cache/hash-text.js';
import {decodeBuffer, decodeSource, readSourceBytes} from '../load-sources.js';
import {restoreMessages, serializeMessages, type SerializedMessage} from '../parallel/serialized-message.js';

/** One post or page as last read from disk. */
interface DiskSource {
  /** Size and modification time when read: a refresh without a list of changes compares them. */
  size: number;
  mtimeMs: number;
  /** Why it has no bytes (unreadable, too large, not a regular file). */
  failure?: SerializedMessage[];
  bytes?: Uint8Array;
  /** Hash of `bytes`. */
  hash?: string;
}

/** An unsaved editor buffer: the text of its file for every check while it is set. */
interface Buffer {
  text: string;
  hash: string;
}

/**
 * The posts and pages of a content directory, each as last read (bytes and
 * their hash), with the editor's unsaved buffers over them: the one loader
 * every surface reads sources through.
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

  /** List the folder again and read every source whose size or modification time changed; throws when the folder cannot be listed. */
  async scan(postsFolder: string | undefined): Promise<void> {
    this.listing = undefined;
    const listing = await listContent(this.contentDir, this.skip, postsFolder);
    const present = new Set(listing.sources);
    for (const path of this.disk.keys()) if (!present.has(path)) this.disk.delete(path);
    await Promise.all(listing.sources.map((path) => this.reread(path, false)));
    this.listing = listing;
  }

  /** Read `path` again if it is a known source (a copied file's contents do not matter); false when it is neither (the listing may have changed). */
  async update(path: string): Promise<boolean> {
    if (this.listing?.assets.includes(path)) return true;
    if (!this.listing?.sources.includes(path)) return false;
    await this.reread(path, true);
    return true;
  }

  private async reread(path: string, always: boolean): Promise<void> {
    const before = this.disk.get(path);
    const stats = await lstat(join(this.contentDir, path)).catch(() => undefined);
    if (!always && before && stats && before.size === stats.size && before.mtimeMs === stats.mtimeMs) return;
    const {file, bytes} = readSourceBytes(this.contentDir, path);
    const read: DiskSource = {size: stats?.size ?? -1, mtimeMs: stats?.mtimeMs ?? -1};
    if (bytes) {
      read.bytes = bytes;
      read.hash = hashText(bytes);
    } else {
      read.failure = serializeMessages(file);
    }
    this.disk.set(path, read);
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
    const read = this.disk.get(path);
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
    const bytes = this.disk.get(file.path)?.bytes;
    if (!bytes) return false;
    decodeSource(file, bytes);
    return file.value !== undefined;
  }
}
