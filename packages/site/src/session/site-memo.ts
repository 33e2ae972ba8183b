import {isDeepStrictEqual} from 'node:util';
import {RenderStore, type RenderEntry} from '../cache/render-store.js';
import {SiteCache, type CheckStore} from '../cache/site-cache.js';
import type {SiteSources, SourceRecord} from './site-sources.js';

/**
 * True when saving `after` would store what `before` holds: a build that
 * re-checks a file only to render it again finds what the check before it
 * found, and need not write megabytes back. Entries are compared as JSON
 * keeps them.
 */
function sameChecks(before: CheckStore, after: CheckStore): boolean {
  if (before.around !== after.around || before.entries.size !== after.entries.size) return false;
  for (const [path, entry] of after.entries) {
    const old = before.entries.get(path);
    if (old === entry) continue;
    if (!old || !isDeepStrictEqual(JSON.parse(JSON.stringify(old)), JSON.parse(JSON.stringify(entry)))) return false;
  }
  return true;
}

/** The sources store holds stamps and hashes of bytes, whatever the settings. */
const sourcesSettings = 'sources';

/**
 * What the session has computed and may reuse: each source's facts and
 * messages (valid while its hash and its view of the site stay the same)
 * and what it rendered to, under one set of settings (`site.yaml`, drafts).
 * The persistent cache under `cacheRoot` only serializes it, and is
 * verified by hashes when read; without one it lives as long as the session.
 * It also keeps each source's stamp with the hash of its bytes, so a later
 * run reads only the files whose stamp changed (`SiteSources.settle`).
 */
export class SiteMemo {
  checks: CheckStore = {entries: new Map()};
  renders = new Map<string, RenderEntry>();
  private settings: string | undefined;
  private cache: SiteCache | undefined;
  private store: RenderStore | undefined;
  private rendersRead = false;
  /** The sources store as read (and its text, to tell whether a save would change it). */
  private recorded: Promise<{records: Map<string, SourceRecord>; text: string}> | undefined;

  constructor(
    private readonly cacheRoot: string | undefined,
    private readonly contentDir: string,
    private readonly readOnly: boolean,
    private readonly sources: SiteSources
  ) {}

  /** Start from the persistent cache of `settings`, or keep what is in memory when the settings are the same; then settle the sources. */
  async use(settings: string): Promise<void> {
    this.sources.settle((await this.sourceRecords()).records);
    if (settings === this.settings) return;
    this.settings = settings;
    this.renders = new Map();
    this.rendersRead = false;
    this.store = undefined;
    this.cache = this.cacheRoot === undefined ? undefined : await SiteCache.open(this.cacheRoot, this.contentDir, settings);
    this.checks = (await this.cache?.readChecks()) ?? {entries: new Map()};
  }

  private sourceRecords(): Promise<{records: Map<string, SourceRecord>; text: string}> {
    this.recorded ??= (async () => {
      if (this.cacheRoot === undefined) return {records: new Map(), text: ''};
      const cache = await SiteCache.open(this.cacheRoot, this.contentDir, sourcesSettings);
      const records = await cache.readSources();
      return {records, text: JSON.stringify([...records])};
    })();
    return this.recorded;
  }

  /** The rendered sources, read from the persistent cache the first time a run renders. */
  async readRenders(): Promise<void> {
    if (this.rendersRead) return;
    this.rendersRead = true;
    if (!this.cache) return;
    this.store = new RenderStore(this.cache);
    this.renders = await this.store.read();
  }

  /** Keep `checks` (and `renders`, when this run rendered); saved to the persistent cache when given, with the sources' stamps when they changed. */
  async keep(checks: CheckStore, renders: Map<string, RenderEntry> | undefined, save: boolean): Promise<void> {
    const changed = save && !sameChecks(this.checks, checks);
    this.checks = checks;
    if (renders) this.renders = renders;
    if (!this.cache || this.readOnly) return;
    await Promise.all([changed ? this.cache.writeChecks(checks) : undefined, save && renders ? this.store?.write(renders) : undefined, this.keepSources()]);
  }

  /**
   * Save the sources' records when one is new or changed. Records that went
   * (a file changed within the racy moment, or removed) stay: an old record
   * never matches a stamp the file no longer has, and a save only for them
   * would depend on the clock.
   */
  private async keepSources(): Promise<void> {
    if (this.cacheRoot === undefined) return;
    const before = await this.sourceRecords();
    const records = new Map(before.records);
    let gained = false;
    for (const [path, record] of this.sources.records()) {
      if (JSON.stringify(before.records.get(path)) === JSON.stringify(record)) continue;
      records.set(path, record);
      gained = true;
    }
    if (!gained) return;
    this.recorded = Promise.resolve({records, text: JSON.stringify([...records])});
    const cache = await SiteCache.open(this.cacheRoot, this.contentDir, sourcesSettings);
    await cache.writeSources(records);
  }

  /** A store of the persistent cache beside the memo (the build's record of what it wrote), unchecked: parse it with its schema. */
  async read(name: string): Promise<unknown> {
    return this.cache?.read(name);
  }

  async write(name: string, body: unknown): Promise<void> {
    if (!this.readOnly) await this.cache?.write(name, body);
  }
}
