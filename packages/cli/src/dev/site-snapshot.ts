import {basePathOf} from '@folio/core';
import {checkedFiles, type OutputFile} from '@folio/site';
import type {VFile} from 'vfile';
import {toRecords, type MessageRecord} from '../records.js';
import type {PreviewSite} from './preview-site.js';

/** The site as the dev server serves it: every output in memory. */
export interface SiteSnapshot {
  files: ReadonlyMap<string, Uint8Array>;
  messages: MessageRecord[];
  /** The checked files, for the terminal report. */
  checked: VFile[];
  /** False when a check failed: the previous pages keep being served. */
  built: boolean;
  /** The path of `baseUrl` (`/repo`), under which the pages link each other; `` at a root. */
  basePath: string;
}

export interface Rebuild {
  snapshot: SiteSnapshot;
  /** Output paths whose bytes changed (or appeared, or went away). */
  changed: string[];
  /** The files whose change caused this rebuild; none for the first. */
  causes: string[];
}

export const emptySnapshot: SiteSnapshot = {files: new Map(), messages: [], checked: [], built: false, basePath: ''};

function bytesOf(contents: OutputFile['contents']): Uint8Array {
  if (typeof contents === 'string') return Buffer.from(contents);
  if (contents instanceof Uint8Array) return contents;
  return Buffer.concat(contents);
}

/**
 * The next snapshot after `causes` changed on disk: the site refreshed,
 * checked and rendered in memory, and which outputs differ from `previous`
 * byte for byte, so only the pages showing them reload. A failed check
 * keeps the previous files.
 */
export async function nextSnapshot(site: PreviewSite, previous: SiteSnapshot, causes: string[]): Promise<Rebuild> {
  await site.refresh(causes);
  const checked = await site.check();
  const outputs = await site.outputs();
  // After `outputs`: it adds the messages of outputs that clash.
  const files = checkedFiles(checked);
  const messages = toRecords(files);
  if (!outputs) return {snapshot: {...previous, messages, checked: files, built: false}, changed: [], causes};
  const next = new Map<string, Uint8Array>();
  for (const output of outputs.outputs) next.set(output.path, bytesOf(output.contents));
  const changed: string[] = [];
  for (const [path, contents] of next) {
    const before = previous.files.get(path);
    if (!before || !Buffer.from(before).equals(contents)) changed.push(path);
  }
  for (const path of previous.files.keys()) if (!next.has(path)) changed.push(path);
  const basePath = checked.site ? basePathOf(checked.site) : '';
  return {snapshot: {files: next, messages, checked: files, built: true, basePath}, changed: changed.sort(), causes};
}
