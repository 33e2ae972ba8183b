import {randomBytes} from 'node:crypto';
import {mkdir, open, readFile, rename, rm, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import type {FileFacts} from '@folio/core';
import type {SerializedMessage} from '../parallel/serialized-message.js';
import {hashText} from './hash-text.js';
import {toolchainKey} from './toolchain-key.js';

/** Bump when what the cache stores changes shape. */
const format = 1;

/** What one source's checks found, valid while its text and its view of the site stay the same. */
export interface CheckEntry {
  /** Hash of the file's text. */
  hash: string;
  facts: FileFacts;
  /** Hash of `siteViewOf` when the messages were made. */
  view: string;
  messages: SerializedMessage[];
}

export interface CheckStore {
  /** Hash of what every view also depends on besides the files: assets, generated paths, the record. */
  around?: string;
  entries: Map<string, CheckEntry>;
}

interface Header {
  format: number;
  toolchain: string;
  /** Hash of `site.yaml` and the options that change what a file yields (drafts). */
  settings: string;
  contentDir: string;
}

function sameHeader(found: unknown, expected: Header): boolean {
  if (typeof found !== 'object' || found === null) return false;
  const header = found as Partial<Header>;
  return header.format === expected.format && header.toolchain === expected.toolchain && header.settings === expected.settings && header.contentDir === expected.contentDir;
}

/** Write beside, then rename: a reader never sees half a file. Chunks are written as they are, never joined in memory. */
export async function writeAtomically(path: string, contents: string | Uint8Array | Uint8Array[]): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    if (Array.isArray(contents)) {
      const handle = await open(temporary, 'w');
      try {
        await handle.writev(contents);
      } finally {
        await handle.close();
      }
    } else {
      await writeFile(temporary, contents);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}

/**
 * One content directory's cache: a folder under the cache root named by a
 * hash of the directory's path. Whatever is unreadable, from another
 * toolchain, or for other settings is ignored (and replaced on save); the
 * cache can only save work, never change a result.
 */
export class SiteCache {
  readonly dir: string;
  readonly header: Header;

  private constructor(dir: string, header: Header) {
    this.dir = dir;
    this.header = header;
  }

  static async open(root: string, contentDir: string, settings: string): Promise<SiteCache> {
    const absolute = resolve(contentDir);
    const header: Header = {format, toolchain: await toolchainKey(), settings, contentDir: absolute};
    return new SiteCache(join(root, hashText(absolute)), header);
  }

  /** A JSON store of this cache, or undefined when missing, corrupt or foreign. */
  async read<T>(name: string): Promise<T | undefined> {
    try {
      const stored = JSON.parse(await readFile(join(this.dir, `${name}.json`), 'utf8')) as {header?: unknown; body?: T};
      return sameHeader(stored.header, this.header) ? stored.body : undefined;
    } catch {
      return undefined;
    }
  }

  /** Save a store; a cache that cannot be written only costs time later. */
  async write(name: string, body: unknown): Promise<void> {
    try {
      await mkdir(this.dir, {recursive: true});
      await writeAtomically(join(this.dir, `${name}.json`), JSON.stringify({header: this.header, body}));
    } catch {
      // Read-only or full disk: the next run works from scratch.
    }
  }

  async readChecks(): Promise<CheckStore> {
    const body = await this.read<{around?: unknown; files?: Record<string, CheckEntry>}>('check');
    const entries = new Map<string, CheckEntry>();
    if (typeof body?.files !== 'object' || body.files === null) return {entries};
    for (const [path, entry] of Object.entries(body.files)) {
      if (typeof entry?.hash === 'string' && typeof entry.view === 'string' && entry.facts?.path === path && Array.isArray(entry.messages)) entries.set(path, entry);
    }
    return typeof body.around === 'string' ? {around: body.around, entries} : {entries};
  }

  async writeChecks(store: CheckStore): Promise<void> {
    await this.write('check', {around: store.around, files: Object.fromEntries(store.entries)});
  }
}
