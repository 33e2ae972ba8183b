import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {codePointName, createPositionMapper, replaceUnpublishable} from '@folio/core';
import {maxSourceBytes} from '@folio/lint';
import type {Position} from 'unist';
import {VFile} from 'vfile';
import {hashText} from './cache/hash-text.js';

function pointAtByte(bytes: Uint8Array, index: number): {line: number; column: number} {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      column = 1;
    } else if (((bytes[i] ?? 0) & 0xc0) !== 0x80) {
      column++;
    }
  }
  return {line, column};
}

function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', {fatal: true});
  let low = 0;
  let high = bytes.length;
  // Narrow down to the shortest invalid prefix; a cut in the middle of a
  // character is tolerated with `stream`, a real error is not.
  while (low < high) {
    const middle = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, middle + 1), {stream: true});
      decoder.decode();
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  return low;
}

/**
 * Read one source's bytes, with a VFile whose path is content-relative and
 * which has no value yet. A file too large to parse gets a message instead
 * of bytes. Synchronous: a thousand small reads through the thread pool cost
 * more than the reads themselves.
 */
export function readSourceBytes(contentDir: string, path: string): {file: VFile; bytes?: Uint8Array} {
  const file = new VFile({path, cwd: contentDir});
  let descriptor: number;
  try {
    // Never through a link, never waiting on a FIFO put where the listing saw a file.
    descriptor = openSync(join(contentDir, path), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    // Removed or locked since the folder was listed.
    fail(file, `Unexpected unreadable file (\`${(error as NodeJS.ErrnoException).code ?? 'error'}\`), expected a readable text file`, {line: 1, column: 1}, 'parse');
    return {file};
  }
  try {
    // Refused before reading: the parser would take minutes over a file this size.
    const stats = fstatSync(descriptor);
    const {size} = stats;
    if (!stats.isFile()) {
      fail(file, 'Unexpected file that is not a regular file (a FIFO or a device), expected a text file', {line: 1, column: 1}, 'parse');
      return {file};
    }
    if (size > maxSourceBytes) {
      fail(file, `Unexpected file of ${size} bytes, expected at most ${maxSourceBytes} bytes (split it into several posts)`, {line: 1, column: 1}, 'file-too-large');
      return {file};
    }
    return {file, bytes: readFileSync(descriptor)};
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Give `file` its text, or a message at the first byte that is not UTF-8.
 * Characters no HTML or XML may carry become U+FFFD, with a warning where
 * they were; lone carriage returns become line feeds, with a warning at the
 * first (YAML would misread them).
 */
export function decodeSource(file: VFile, bytes: Uint8Array): void {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    const index = firstInvalidByte(bytes);
    fail(file, `Unexpected byte \`0x${(bytes[index] ?? 0).toString(16).padStart(2, '0')}\` that is not UTF-8, expected UTF-8 text (save the file as UTF-8)`, pointAtByte(bytes, index), 'encoding');
    return;
  }
  file.value = publishableText(file, text);
}

/**
 * Give `file` an editor's unsaved text, as `decodeSource` gives it bytes:
 * a byte order mark is not text, and the same characters are replaced.
 */
export function decodeBuffer(file: VFile, text: string): void {
  file.value = publishableText(file, text.startsWith('\uFEFF') ? text.slice(1) : text);
}

// Past this many, one more message says how many runs were left unreported.
const maxCharacterMessages = 20;

function publishableText(file: VFile, decoded: string): string {
  const loneCr = /\r(?!\n)/.exec(decoded);
  // Same length, so every position stays; micromark reads a lone `\r` as a line ending too.
  const normalized = loneCr ? decoded.replace(/\r(?!\n)/g, '\n') : decoded;
  const {text, runs} = replaceUnpublishable(normalized);
  const place = runs.length > 0 || loneCr ? createPositionMapper(text, {line: 1, column: 1, offset: 0}) : undefined;
  if (loneCr) {
    warn(
      file,
      'Unexpected line ending `\\r` (a lone carriage return, as classic Mac OS saved files), expected `\\n` or `\\r\\n`: read as `\\n` (save the file with Unix or Windows line endings)',
      place?.(loneCr.index, loneCr.index + 1)
    );
  }
  for (const [index, run] of runs.entries()) {
    if (index === maxCharacterMessages) {
      warn(file, `Unexpected ${runs.length - index} more runs of control characters or noncharacters, expected none (each is published as U+FFFD)`, place?.(run.offset, run.offset + run.text.length));
      break;
    }
    const chars = [...run.text];
    const names = chars.slice(0, 3).map(codePointName).join(' ');
    warn(
      file,
      `Unexpected ${chars.length === 1 ? 'character' : 'characters'} \`${names}${chars.length > 3 ? ' …' : ''}\` (a control character or noncharacter), expected text that HTML and XML can carry (published as U+FFFD)`,
      place?.(run.offset, run.offset + run.text.length)
    );
  }
  return text;
}

function warn(file: VFile, reason: string, place: Position | undefined): void {
  file.message(reason, {place: place ?? {line: 1, column: 1}, ruleId: 'encoding', source: 'folio'});
}

/**
 * Read one source as a VFile whose path is content-relative, with the hash
 * of its bytes. Files that are not UTF-8 text or too large get a message
 * instead of a value.
 */
export function readSource(contentDir: string, path: string): {file: VFile; hash?: string} {
  const {file, bytes} = readSourceBytes(contentDir, path);
  if (!bytes) return {file};
  decodeSource(file, bytes);
  return {file, hash: hashText(bytes)};
}

function fail(file: VFile, reason: string, point: {line: number; column: number}, ruleId: string): void {
  const message = file.message(reason, {place: point, ruleId, source: 'folio'});
  message.fatal = true;
}
