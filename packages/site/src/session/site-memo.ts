import {RenderStore, type RenderEntry} from '../cache/render-store.js';
import {SiteCache, type CheckStore} from '../cache/site-cache.js';

/**
 * What the session has computed and may reuse: each source's facts and
 * messages (valid while its hash and its view of the site stay the same)
 * and what it rendered to, under one set of settings (`site.yaml`, drafts).
 * The persistent cache under `cacheRoot` only serializes it, and is
 * verified by hashes when read; without one it lives as long as the session.
 */
export class SiteMemo {
  checks: CheckStore = {entries: new Map()};
  renders = new Map<string, RenderEntry>();
  private settings: string | undefined;
  private cache: SiteCache | undefined;
  private store: RenderStore | undefined;
  private rendersRead = false;

  constructor(
    private readonly cacheRoot: string | undefined,
    private readonly contentDir: string,
    private readonly readOnly: boolean
  ) {}

  /** Start from the persistent cache of `settings`, or keep what is in memory when the settings are the same. */
  async use(settings: string): Promise<void> {
    if (settings === this.settings) return;
    this.settings = settings;
    this.renders = new Map();
    this.rendersRead = false;
    this.store = undefined;
    this.cache = this.cacheRoot === undefined ? undefined : await SiteCache.open(this.cacheRoot, this.contentDir, settings);
    this.checks = (await this.cache?.readChecks()) ?? {entries: new Map()};
  }

  /** The rendered sources, read from the persistent cache the first time a run renders. */
  async readRenders(): Promise<void> {
    if (this.rendersRead) return;
    this.rendersRead = true;
    if (!this.cache) return;
    this.store = new RenderStore(this.cache);
    this.renders = await this.store.read();
  }

  /** Keep `checks` (and `renders`, when this run rendered); saved to the persistent cache when given. */
  async keep(checks: CheckStore, renders: Map<string, RenderEntry> | undefined, save: boolean): Promise<void> {
    this.checks = checks;
    if (renders) this.renders = renders;
    if (!save || !this.cache || this.readOnly) return;
    await Promise.all([this.cache.writeChecks(checks), renders ? this.store?.write(renders) : undefined]);
  }

  /** A store of the persistent cache beside the memo (the build's record of what it wrote), unchecked: parse it with its schema. */
  async read(name: string): Promise<unknown> {
    return this.cache?.read(name);
  }

  async write(name: string, body: unknown): Promise<void> {
    if (!this.readOnly) await this.cache?.write(name, body);
  }
}
