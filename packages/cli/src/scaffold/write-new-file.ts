import {randomBytes} from 'node:crypto';
import {linkSync, mkdirSync, unlinkSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** A file that is already there: the scaffold never overwrites one. */
export class ExistingFileError extends Error {
  constructor(readonly path: string) {
    super(`Unexpected existing file \`${path}\`, expected a path that is free (nothing was overwritten)`);
  }
}

/**
 * Write a file that must not exist yet, all at once: the text goes to a
 * temporary file beside it, which is then hard-linked to its name. A link,
 * unlike a rename, fails when the name is taken, so a file that appears
 * meanwhile is never replaced, and a reader never sees half a file.
 */
export function writeNewFile(path: string, contents: string): void {
  const folder = dirname(path);
  mkdirSync(folder, {recursive: true});
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeFileSync(temporary, contents, {flag: 'wx'});
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ExistingFileError(path);
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}
