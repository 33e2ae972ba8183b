import {watch, type FSWatcher} from 'node:fs';
import {sep} from 'node:path';

/**
 * Longest a watched content directory goes without a full re-scan: a safety
 * net for events the platform drops, cheap at one scan per this many ms.
 */
const rescanAfterMs = 5000;

/** Every path under the content directory, or these content-relative ones. */
export type Changes = 'all' | Set<string>;

// What `listContent` never reads: swap files and the like change all the time.
function isIgnored(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
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

  constructor(dir: string) {
    try {
      this.watcher = watch(dir, {recursive: true}, (event, name) => this.note(event, name));
      this.watcher.on('error', () => this.stop());
      // The connection keeps the server alive, not the watcher.
      this.watcher.unref();
    } catch {
      this.broken = true;
    }
  }

  private note(event: string, name: string | null): void {
    const path = name?.split(sep).join('/');
    if (path !== undefined && isIgnored(path)) return;
    if (path === undefined || event === 'rename') this.all = true;
    else this.changed.add(path);
  }

  private stop(): void {
    this.broken = true;
    this.watcher?.close();
  }

  /** What changed since the last call. */
  async take(): Promise<Changes> {
    // Let events the system has already queued (a save just before this re-lint) arrive first.
    await new Promise((resolve) => setImmediate(resolve));
    const now = Date.now();
    if (this.broken || this.all || now - this.scannedAt > rescanAfterMs) {
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
