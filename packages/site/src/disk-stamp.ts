import type {Stats} from 'node:fs';

/**
 * What tells a file's (or folder's) contents apart without reading them:
 * size, modification time, change time and inode. Every write, and every
 * change of the modification time, sets the change time (`ctime`), which
 * no tool can set back: an edit that keeps the size and the modification
 * time still changes the stamp, and so does a file replaced by another
 * (`ino`). The sources, the render store's blobs and the output's folders
 * are all told apart by it.
 */
export type DiskStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * Timestamps tick coarsely (a few milliseconds on Linux, two seconds on
 * FAT): two writes in one tick with the same size leave the same stamp. A
 * stamp taken this soon after the change it shows vouches for nothing next
 * time, as Git does with its "racily clean" entries.
 */
const racyMs = 2000;

export function stampOfStats(stats: Stats): DiskStamp {
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

/** True when both stamps are known and every part is the same. */
export function sameStamp(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((part, index) => part === b[index]);
}

/** True when a stamp whose change time is `ctimeMs`, taken at `stampedAt`, may vouch for the next run. */
export function isSettled(ctimeMs: number, stampedAt: number): boolean {
  return stampedAt - ctimeMs >= racyMs;
}
