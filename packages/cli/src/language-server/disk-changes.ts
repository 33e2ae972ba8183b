import {relative, sep} from 'node:path';
import {watch, type FSWatcher} from 'chokidar';

/** What `listContent` never reads: swap files and the like change all the time. */
function isIgnored(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === 'node_modules');
}

/**
 * What changed on disk under one content directory since the session last
 * read it: content-relative paths whose contents changed, or everything
 * (a file added, removed or renamed, or a watcher that failed), which the
 * session answers by listing the folder again.
 */
export class DiskChanges {
  private paths = new Set<string>();
  private all = false;

  /** A content-relative path whose contents changed, or `all`. */
  note(path: string): void {
    if (path === 'all') this.all = true;
    else if (!isIgnored(path)) this.paths.add(path);
  }

  /** What to hand `refresh`: undefined for nothing, `all` for a full re-read, else the paths. */
  take(): string[] | 'all' | undefined {
    const {all, paths} = this;
    this.all = false;
    this.paths = new Set();
    if (all) return 'all';
    return paths.size === 0 ? undefined : [...paths];
  }
}

/**
 * Watch `dir` for a client that reports no file changes: chokidar, since a
 * recursive `fs.watch` on Node 20 loses a file for good once an editor saves
 * it by renaming a new file over it. `onChange` gets a content-relative path
 * whose contents changed, or `all`.
 */
export function watchContent(dir: string, onChange: (path: string) => void): FSWatcher {
  const inside = (path: string): string => relative(dir, path).split(sep).join('/');
  const watcher = watch(dir, {
    ignoreInitial: true,
    // The connection keeps the process alive, not the watcher.
    persistent: false,
    // A save in progress is read once it is complete, never half-written.
    awaitWriteFinish: {stabilityThreshold: 40, pollInterval: 10},
    ignored: (path) => path !== dir && isIgnored(inside(path))
  });
  watcher.on('all', (event, path) => {
    const changed = inside(path);
    if (changed !== '' && isIgnored(changed)) return;
    onChange(event === 'change' ? changed : 'all');
  });
  watcher.on('error', () => onChange('all'));
  return watcher;
}
