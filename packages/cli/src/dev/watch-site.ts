import {isAbsolute, relative, sep} from 'node:path';
import {watch, type FSWatcher} from 'chokidar';
import type {Changes} from './rebuild-queue.js';

export interface WatchSiteOptions {
  /** Folders to watch: the content directory, the theme's own files. */
  folders: string[];
  /** Folders inside those that are not the site (the output of a build). */
  skip: string[];
  /** What changed (absolute paths), once each file has settled. */
  onChange: (changes: Changes) => void;
  onError: (error: unknown) => void;
}

/**
 * How long a file's size must hold still before it counts as saved: an
 * editor that truncates and writes in pieces is mid-save until then. An
 * editor's save takes milliseconds; this leaves room for a loaded machine.
 */
const stabilityThreshold = 200;
const pollInterval = 50;

// Swap files, `.git`, `node_modules`: never content, and they change all the time.
function isHidden(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** True when `path` is `folder` or below it (both absolute). */
function isInside(path: string, folder: string): boolean {
  const below = relative(folder, path);
  return below === '' || (below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below));
}

/**
 * Watch the site's folders with chokidar, not a recursive `fs.watch`: on
 * Node 20 that one watches inodes and loses a file for good once an editor
 * saves it by renaming a new file over it. `atomic` reports such a save as
 * one change; `awaitWriteFinish` holds a file back until it is written.
 * Resolves once the initial scan is done, so no later change is missed.
 */
export async function watchSite(options: WatchSiteOptions): Promise<FSWatcher> {
  const ignored = (path: string): boolean => {
    if (options.skip.some((folder) => isInside(path, folder))) return true;
    const folder = options.folders.find((root) => isInside(path, root));
    if (folder === undefined) return false;
    return relative(folder, path).split(sep).some((part) => part !== '' && isHidden(part));
  };
  const watcher = watch(options.folders, {
    ignoreInitial: true,
    // The content folder's links are never followed or read (rule `content-file`): a change behind one is none of the site's.
    followSymlinks: false,
    atomic: true,
    awaitWriteFinish: {stabilityThreshold, pollInterval},
    ignored
  });
  // `atomic` turns a file removed and written again at once into a `change`: only additions and removals change the listing.
  watcher.on('all', (event, path) => options.onChange({paths: [path], listing: event !== 'change'}));
  watcher.on('error', options.onError);
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return watcher;
}
