import {readdir, readFile} from 'node:fs/promises';
import {join, relative, resolve, sep} from 'node:path';
import {sourceKindOf} from '@folio/core';
import {VFile} from 'vfile';

/** A file larger than this is reported, not parsed: no essay is this long. */
export const maxSourceBytes = 4 * 1024 * 1024;

export interface ContentListing {
  /** Markdown under `posts/` and `pages/`, content-relative, sorted. */
  sources: string[];
  /** Every other file the build copies (images…), content-relative, sorted. */
  assets: string[];
}

// Files the toolchain itself reads or writes, never published as assets.
const reserved = new Set(['site.yaml', 'permalinks.json']);

async function walk(root: string, dir: string, found: string[], skip: Set<string>): Promise<void> {
  const entries = await readdir(dir, {withFileTypes: true});
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (skip.has(resolve(path))) continue;
    if (entry.isDirectory()) await walk(root, path, found, skip);
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
  }
}

/**
 * List what the content directory holds, in a stable order. `skip` names
 * folders to leave out, such as an output directory inside the content.
 */
export async function listContent(contentDir: string, skip: string[] = []): Promise<ContentListing> {
  const found: string[] = [];
  await walk(contentDir, contentDir, found, new Set(skip.map((path) => resolve(path))));
  found.sort();
  const sources: string[] = [];
  const assets: string[] = [];
  for (const path of found) {
    if (sourceKindOf(path) !== 'other') sources.push(path);
    else if (!reserved.has(path) && !path.toLowerCase().endsWith('.md')) assets.push(path);
  }
  return {sources, assets};
}

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
  const bytes = await readFile(join(contentDir, path));
  if (bytes.length > maxSourceBytes) {
    fail(file, `Unexpected file of ${bytes.length} bytes, expected at most ${maxSourceBytes} bytes (split it into several posts)`, {line: 1, column: 1}, 'file-too-large');
    return file;
  }
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
