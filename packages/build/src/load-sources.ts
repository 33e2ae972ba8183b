import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {maxSourceBytes} from '@folio/lint';
import {VFile} from 'vfile';

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
 * Read one source as a VFile whose path is content-relative. Files that are
 * not UTF-8 text or too large get a message instead of a value.
 */
export async function readSource(contentDir: string, path: string): Promise<VFile> {
  const file = new VFile({path, cwd: contentDir});
  // Refused before reading: the parser would take minutes over a file this size.
  const {size} = await stat(join(contentDir, path));
  if (size > maxSourceBytes) {
    fail(file, `Unexpected file of ${size} bytes, expected at most ${maxSourceBytes} bytes (split it into several posts)`, {line: 1, column: 1}, 'file-too-large');
    return file;
  }
  const bytes = await readFile(join(contentDir, path));
  try {
    file.value = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes);
  } catch {
    const index = firstInvalidByte(bytes);
    fail(file, `Unexpected byte \`0x${(bytes[index] ?? 0).toString(16).padStart(2, '0')}\` that is not UTF-8, expected UTF-8 text (save the file as UTF-8)`, pointAtByte(bytes, index), 'encoding');
  }
  return file;
}

function fail(file: VFile, reason: string, point: {line: number; column: number}, ruleId: string): void {
  const message = file.message(reason, {place: point, ruleId, source: 'folio'});
  message.fatal = true;
}
