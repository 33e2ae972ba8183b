import {relative, resolve, sep} from 'node:path';
import {sectionIds} from '@folio/core';
import {ContentWatcher, defaultCacheRoot, openSite, type SiteSession} from '@folio/site';
import {DocumentParses} from './document-parses.js';

/** One content directory the editor has a file of open: its session, and what the server keeps beside it. */
export interface EditorSite {
  contentDir: string;
  session: Promise<SiteSession>;
  /** What changed on disk since the session last read it: seen by our watcher, or reported by the client. */
  watcher: ContentWatcher;
  /** The editor buffers the session holds: content-relative path → the document's version given. */
  buffered: Map<string, number>;
  /** The last tree of each buffer: a keystroke re-parses only the blocks it touched. */
  parses: DocumentParses;
  /** Whether a re-lint ran: the session's first read took in everything on disk. */
  opened: boolean;
}

export interface EditorSitesOptions {
  /** Something in `contentDir` changed on disk. */
  onDiskChange: (contentDir: string) => void;
  /** Whether the client reports every file change under `contentDir` (`workspace/didChangeWatchedFiles`): then it needs no watcher of ours. */
  clientWatches: (contentDir: string) => boolean;
}

/** The check's cache, as `folio check` finds it: the session starts from what the last check computed. */
function cacheRootOf(contentDir: string): string | undefined {
  const configured = process.env['FOLIO_CACHE_DIR'];
  if (configured !== undefined && configured !== '') return resolve(configured);
  return defaultCacheRoot(process.cwd()) ?? defaultCacheRoot(contentDir);
}

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return !inside.startsWith('..') && inside !== path;
}

/** A session (`openSite`) per content directory, opened when a file of it is first opened, for the server's life. */
export class EditorSites {
  private readonly opened = new Map<string, EditorSite>();
  private readonly options: EditorSitesOptions;

  constructor(options: EditorSitesOptions) {
    this.options = options;
  }

  of(contentDir: string): EditorSite {
    const known = this.opened.get(contentDir);
    if (known) return known;
    // Watch before the session's first read, so nothing written during it is missed.
    const watcher = this.watcherOf(contentDir);
    const cacheRoot = cacheRootOf(contentDir);
    const parses = new DocumentParses();
    const session = openSite({
      contentDir,
      // Read what the last check computed; a keystroke never rewrites the check's cache.
      ...(cacheRoot === undefined ? {} : {cacheRoot, readOnlyCache: true}),
      parseBuffer(file, options) {
        const tree = parses.parse(file);
        // Blocks are parsed one by one; the site's engine numbers repeated headings over the whole document.
        if (tree) sectionIds(tree, {...options, source: String(file.value)});
        return tree;
      }
    });
    const opened: EditorSite = {contentDir, session, watcher, buffered: new Map(), parses, opened: false};
    this.opened.set(contentDir, opened);
    return opened;
  }

  private watcherOf(contentDir: string): ContentWatcher {
    return new ContentWatcher(contentDir, {onChange: () => this.options.onDiskChange(contentDir), external: this.options.clientWatches(contentDir)});
  }

  /** The client now reports changes: our watchers over what it watches go, and everything is read again once. */
  rewatch(): void {
    for (const opened of this.opened.values()) {
      if (!this.options.clientWatches(opened.contentDir)) continue;
      opened.watcher.close();
      opened.watcher = this.watcherOf(opened.contentDir);
    }
  }

  /** A file changed on disk, as the client reports it: `contentsOnly` when it was neither created nor deleted. The content directories it is in. */
  noteChange(path: string, contentsOnly: boolean): string[] {
    const touched: string[] = [];
    for (const opened of this.opened.values()) {
      if (!isInside(opened.contentDir, path) && path !== opened.contentDir) continue;
      const inside = relative(opened.contentDir, path).split(sep).join('/');
      opened.watcher.note(contentsOnly && inside !== '' ? inside : 'all');
      touched.push(opened.contentDir);
    }
    return touched;
  }

  all(): EditorSite[] {
    return [...this.opened.values()];
  }

  async close(): Promise<void> {
    const opened = [...this.opened.values()];
    this.opened.clear();
    await Promise.all(
      opened.map(async (site) => {
        site.watcher.close();
        await (await site.session.catch(() => undefined))?.close();
      })
    );
  }
}
