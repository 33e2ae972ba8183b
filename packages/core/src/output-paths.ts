/**
 * Longest name of one file or folder the build writes, in UTF-8 bytes: file
 * systems allow 255, and the build writes beside each file first, under a
 * name with a temporary suffix.
 */
export const maxNameBytes = 200;

/** Longest output path, in UTF-8 bytes, leaving room for where `--out` is. */
export const maxPathBytes = 1024;

const utf8 = new TextEncoder();

// C0 and C1 controls and DEL: no file name or URL needs them.
const control = /[\u0000-\u001F\u007F-\u009F]/u;
// Half of a UTF-16 pair: no file name can hold it.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Why a site path (`/old/path/`, `/feed.xml`) cannot be written as a file
 * inside the output and served back at that URL, as a phrase after
 * "expected a path without …"; undefined when it can. Percent-escapes count
 * as what they decode to, as browsers and servers read them (`%2e%2e` is `..`).
 */
export function unsafeSitePath(path: string): string | undefined {
  if (!path.startsWith('/')) return 'anything before its first `/`';
  if (control.test(path)) return 'control characters';
  if (loneSurrogate.test(path)) return 'unpaired surrogates';
  if (path.includes('\\')) return 'backslashes';
  if (/[?#]/.test(path)) return '`?` or `#` (a browser reads them as the start of a query or fragment)';
  if (utf8.encode(path).length > maxPathBytes) return `more than ${maxPathBytes} bytes`;
  const segments = path.slice(1).split('/');
  for (const [index, segment] of segments.entries()) {
    // Only the last segment may be empty: `/old/` is written as `old/index.html`.
    if (segment === '' && index < segments.length - 1) return 'empty segments (`//`)';
    const plain = decoded(segment);
    if (plain === undefined) return `a malformed \`%\` escape (in \`${segment}\`)`;
    if (plain === '.' || plain === '..') return '`.` or `..` segments';
    if (plain.includes('/') || plain.includes('\\') || control.test(plain)) return 'escaped `/`, `\\` or control characters';
    const bytes = utf8.encode(segment).length;
    if (bytes > maxNameBytes) return `names longer than ${maxNameBytes} bytes (one is ${bytes} bytes)`;
  }
  return undefined;
}
