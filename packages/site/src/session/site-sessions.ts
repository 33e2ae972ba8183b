import {openSite, type SiteOptions, type SiteSession} from './open-site.js';
import {ContentWatcher} from './content-watcher.js';

export interface SiteSessionsOptions {
  /** The persistent cache a content directory's session starts from (see `defaultCacheRoot`). Default: none. */
  cacheRoot?: (contentDir: string) => string | undefined;
}

interface Watched {
  session: Promise<SiteSession>;
  watcher: ContentWatcher;
}

/**
 * One session per content directory for the life of a process (an editor
 * extension running `.remarkrc.mjs` on every keystroke), each watched: what
 * changed on disk since the last run is read again before the next, and
 * nothing else is.
 */
export class SiteSessions {
  private readonly open = new Map<string, Watched>();

  constructor(private readonly options: SiteSessionsOptions = {}) {}

  /** The session of `contentDir`, up to date with the disk. */
  async session(contentDir: string): Promise<SiteSession> {
    let watched = this.open.get(contentDir);
    if (!watched) {
      // Watch before the first read, so nothing written during it is missed.
      const watcher = new ContentWatcher(contentDir);
      const cacheRoot = this.options.cacheRoot?.(contentDir);
      const options: SiteOptions = {contentDir, ...(cacheRoot === undefined ? {} : {cacheRoot, readOnlyCache: true})};
      watched = {watcher, session: openSite(options)};
      this.open.set(contentDir, watched);
      // The first read took everything in.
      await watcher.take();
      return watched.session;
    }
    const session = await watched.session;
    const changes = await watched.watcher.take();
    if (changes === 'all') await session.refresh();
    else if (changes.size > 0) await session.refresh([...changes]);
    return session;
  }

  /** Stop watching, and close every session. */
  async close(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    for (const {watcher} of all) watcher.close();
    await Promise.all(all.map(async ({session}) => (await session).close()));
  }
}
