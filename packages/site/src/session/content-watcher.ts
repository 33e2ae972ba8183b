import {relative, sep} from 'node:path';
import {watch, type FSWatcher} from 'chokidar';

/**
 * Longest a content directory goes without a full re-scan when nobody
 * reports changes to it: a safety net for events the platform drops.
 */
const rescanAfterMs = 5000;

/** Every path under the content directory, or these content-relative ones. */
export type Changes = 'all' | Set<string>;

// What `listContent` never reads: swap files and the like change all the time.
function isIgnored(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

/** A change of contents is one file to read again; anything else changes the listing. */
const contentsOnly = new Set(['change']);

export interface ContentWatcherOptions {
  /** Called (at most once per event) when something under the folder changed. */
  onChange?: (() => void) | undefined;
  /**
   * Rely on `note` alone (an editor that reports file changes itself):
   * no watcher of our own, and no periodic re-scan.
   */
  external?: boolean | undefined;
}

/**
 * Collects what changed on disk under a content directory between two
 * re-lints, so a keystroke need not stat every file. Adding, removing or
 * renaming anything, a watcher error, or a while without a full scan asks
 * for a full scan.
 */
export class ContentWatcher {
  private changed = new Set<string>();
  private all = true;
  private broken = false;
  private scannedAt = 0;
  private readonly watcher: FSWatcher | undefined;
  private readonly onChange: (() => void) | undefined;
  private readonly external: boolean;

  constructor(dir: string, options: ContentWatcherOptions = {}) {
    this.onChange = options.onChange;
    this.external = options.external ?? false;
    if (this.external) return;
    // chokidar, not a recursive `fs.watch`: on Node 20 that one loses a file for good once an editor saves it by renaming a new file over it.
    const inside = (path: string) => relative(dir, path).split(sep).join('/');
    this.watcher = watch(dir, {
      ignoreInitial: true,
      // The connection keeps the process alive, not the watcher.
      persistent: false,
      ignored: (path) => path !== dir && isIgnored(inside(path))
    });
    this.watcher.on('all', (event, path) => this.note(contentsOnly.has(event) ? inside(path) : 'all'));
    this.watcher.on('error', () => this.stop());
  }

  /** Something changed: a content-relative path whose contents changed, or `all` (added, removed, renamed, unknown). */
  note(path: string | undefined): void {
    if (path !== undefined && path !== 'all' && isIgnored(path)) return;
    if (path === undefined || path === 'all') this.all = true;
    else this.changed.add(path);
    this.onChange?.();
  }

  private stop(): void {
    this.broken = true;
    void this.watcher?.close();
  }

  /** Stop watching. */
  close(): void {
    void this.watcher?.close();
  }

  /** What changed since the last call. */
  async take(): Promise<Changes> {
    // Let events the system has already queued (a save just before this re-lint) arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    const now = Date.now();
    const stale = !this.external && now - this.scannedAt > rescanAfterMs;
    if (this.broken || this.all || stale) {
      this.all = false;
      this.changed = new Set();
      this.scannedAt = now;
      return 'all';
    }
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }
}
