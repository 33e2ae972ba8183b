/** What the system said, in words a writer can act on. */
const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something is already there',
  ENOENT: 'a folder on the way is missing',
  ENAMETOOLONG: 'the name is too long for the file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'it is in use (a mount point?)',
  EXDEV: 'it is on another file system',
  ELOOP: 'too many symbolic links on the way',
  EFBIG: 'the file is too large for the file system'
};

/**
 * A write the machine refused (read-only folder, permissions, a full disk…).
 * Not a bug and not bad usage: the CLI prints the sentence and exits 1.
 */
export class WriteError extends Error {
  readonly path: string;
  readonly code: string;
  /** True when the site was already in place (only the record could not follow). */
  readonly published: boolean;

  constructor(what: string, path: string, code: string, published = false, options?: ErrorOptions) {
    super(`Could not write ${what}: \`${path}\`: ${reasons[code] ?? 'the system refused'} (${code})`, options);
    this.name = 'WriteError';
    this.path = path;
    this.code = code;
    this.published = published;
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException & {code: string} {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code as string);
}

/** Run `write`; a system error becomes a WriteError naming `path`, the file or folder a writer knows it by. */
export function namingWrites<T>(what: string, path: string, write: () => T, published = false): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof WriteError || !isSystemError(error)) throw error;
    throw new WriteError(what, path, error.code, published, {cause: error});
  }
}
