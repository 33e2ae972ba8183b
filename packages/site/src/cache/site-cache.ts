import {mkdir, readFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import type {FileFacts} from '@folio/core';
import * as v from 'valibot';
import type {SerializedMessage} from '../parallel/serialized-message.js';
import type {SourceRecord} from '../session/site-sources.js';
import {removeLeftoverTemporaries, writeFileAtomically} from '../write-atomically.js';
import {checkEntrySchema, checkStoreSchema, sealSchema, sourcesStoreSchema} from './cache-schemas.js';
import {hashText} from './hash-text.js';
import {toolchainKey} from './toolchain-key.js';

/** Bump when what the cache stores changes shape. */
const format = 2;

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

function sameHeader(header: Header, expected: Header): boolean {
  return header.format === expected.format && header.toolchain === expected.toolchain && header.settings === expected.settings && header.contentDir === expected.contentDir;
}

/**
 * One content directory's cache: a folder under the cache root named by a
 * hash of the directory's path. Each store is a line with its header and
 * the hash of its body, then the body: a body that does not match its hash
 * (a cut write, a flipped bit, another file's bytes) is ignored like one
 * that is unreadable, from another toolchain or for other settings, and
 * replaced on save. The cache can only save work, never change a result.
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

  /** A JSON store of this cache, or undefined when missing, corrupt or foreign; its body is checked against the store's schema by the caller. */
  async read(name: string): Promise<unknown> {
    try {
      // Bytes, not text: the digest is of the body's bytes, which need no second encoding to hash.
      const bytes = await readFile(join(this.dir, `${name}.json`));
      const end = bytes.indexOf(0x0a);
      if (end < 0) return undefined;
      const seal = v.safeParse(sealSchema, JSON.parse(bytes.toString('utf8', 0, end)));
      const body = bytes.subarray(end + 1);
      if (!seal.success || !sameHeader(seal.output.header, this.header) || seal.output.digest !== hashText(body)) return undefined;
      return JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Save a store; a cache that cannot be written only costs time later. */
  async write(name: string, body: unknown): Promise<void> {
    const path = join(this.dir, `${name}.json`);
    try {
      await mkdir(this.dir, {recursive: true});
      removeLeftoverTemporaries(path);
      // Encoded once, hashed and written as those bytes.
      const bytes = Buffer.from(JSON.stringify(body), 'utf8');
      writeFileAtomically(path, [Buffer.from(`${JSON.stringify({header: this.header, digest: hashText(bytes)})}\n`, 'utf8'), bytes]);
    } catch {
      // Read-only or full disk: the next run works from scratch.
    }
  }

  async readChecks(): Promise<CheckStore> {
    const store = v.safeParse(checkStoreSchema, await this.read('check'));
    const entries = new Map<string, CheckEntry>();
    if (!store.success) return {entries};
    for (const [path, found] of Object.entries(store.output.files)) {
      const entry = v.safeParse(checkEntrySchema, found);
      if (entry.success && entry.output.facts.path === path) entries.set(path, entry.output);
    }
    const {around} = store.output;
    return around === undefined ? {entries} : {around, entries};
  }

  async writeChecks(store: CheckStore): Promise<void> {
    await this.write('check', {around: store.around, files: Object.fromEntries(store.entries)});
  }

  /** Each source's stamp and the hash of its bytes, as the last run saw them; none when the store is missing or malformed. */
  async readSources(): Promise<Map<string, SourceRecord>> {
    const store = v.safeParse(sourcesStoreSchema, await this.read('sources'));
    return store.success ? new Map(store.output) : new Map();
  }

  async writeSources(records: ReadonlyMap<string, SourceRecord>): Promise<void> {
    await this.write('sources', [...records]);
  }
}
