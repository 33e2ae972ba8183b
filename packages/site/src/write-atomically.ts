import {randomBytes} from 'node:crypto';
import {closeSync, fstatSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync, writevSync, type Stats} from 'node:fs';
import {basename, dirname, join} from 'node:path';

export interface AtomicWriteOptions {
  /** Flush the bytes to the disk before the rename (files the writer owns); the cache can do without. */
  durable?: boolean;
}

function temporaryPattern(name: string): RegExp {
  return new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.folio-[\\da-f]{12}\\.tmp$`);
}

/** Write every piece at its offset; what a short write (a nearly full disk) leaves is written again until it fails. */
function writeAll(descriptor: number, pieces: readonly Uint8Array[]): void {
  let position = 0;
  // A few hundred pieces a call: the system takes at most 1,024.
  for (let start = 0; start < pieces.length; start += 512) {
    const batch = pieces.slice(start, start + 512);
    let done = writevSync(descriptor, batch, position);
    for (const piece of batch) {
      let offset = Math.min(done, piece.byteLength);
      done -= offset;
      position += offset;
      while (offset < piece.byteLength) {
        const written = writeSync(descriptor, piece, offset, piece.byteLength - offset, position);
        if (written === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', syscall: 'write'});
        offset += written;
        position += written;
      }
    }
  }
}

function piecesOf(contents: string | Uint8Array | readonly Uint8Array[]): readonly Uint8Array[] {
  if (typeof contents === 'string') return [Buffer.from(contents, 'utf8')];
  return Array.isArray(contents) ? contents : [contents as Uint8Array];
}

/**
 * Create `path` (it must not exist) with `contents`, at explicit offsets:
 * every byte the build writes goes through here or `prepareAtomicWrite`.
 * Returns the file's status, read from the open file (no second lookup of
 * the path).
 */
export function writeNewFile(path: string, contents: string | Uint8Array | readonly Uint8Array[]): Stats {
  const descriptor = openSync(path, 'wx');
  try {
    writeAll(descriptor, piecesOf(contents));
    return fstatSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** A file written beside its target, not yet in place. */
export interface PreparedWrite {
  /** Rename it over the target. */
  commit(): void;
  /** Remove it, leaving the target as it was. */
  discard(): void;
}

/**
 * Write the bytes of `path` to a hidden temporary file beside it
 * (`.NAME.folio-HEX.tmp`, which no listing of the content picks up), to be
 * renamed over it: a reader, or a run killed at any moment, sees the old
 * file or the new one, never part of one. On failure nothing is left.
 * Writes at explicit offsets (pwrite), synchronously, on the calling thread.
 */
export function prepareAtomicWrite(path: string, contents: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): PreparedWrite {
  const temporary = join(dirname(path), `.${basename(path)}.folio-${randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | undefined;
  const discard = (): void => rmSync(temporary, {force: true});
  try {
    descriptor = openSync(temporary, 'wx');
    writeAll(descriptor, piecesOf(contents));
    if (options.durable) fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    discard();
    throw error;
  }
  return {
    commit() {
      try {
        renameSync(temporary, path);
      } catch (error) {
        discard();
        throw error;
      }
    },
    discard
  };
}

/** Write `path` through a temporary file beside it and a rename (see `prepareAtomicWrite`). */
export function writeFileAtomically(path: string, contents: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): void {
  prepareAtomicWrite(path, contents, options).commit();
}

/** Remove what a killed `writeFileAtomically(path, …)` left beside `path`. */
export function removeLeftoverTemporaries(path: string): void {
  const pattern = temporaryPattern(basename(path));
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) if (pattern.test(name)) rmSync(join(dirname(path), name), {force: true});
}
