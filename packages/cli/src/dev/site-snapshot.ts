import {basePathOf} from '@folio/core';
import {checkedFiles, type OutputFile, type SiteSession, type StepTimings} from '@folio/site';
import type {VFile} from 'vfile';
import {toRecords, type MessageRecord} from '../records.js';
import type {Changes} from './rebuild-queue.js';

/** What the preview asks of the site's session. */
export type PreviewSite = Pick<SiteSession, 'refresh' | 'outputs' | 'check' | 'timings'>;

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
  /** The time of each step of the render (`FOLIO_TIMINGS=1` prints them). */
  timings: StepTimings;
}

export const emptySnapshot: SiteSnapshot = {files: new Map(), messages: [], checked: [], built: false, basePath: ''};

function bytesOf(contents: OutputFile['contents']): Uint8Array {
  if (typeof contents === 'string') return Buffer.from(contents);
  if (contents instanceof Uint8Array) return contents;
  return Buffer.concat(contents);
}

/**
 * The next snapshot after `changes` on disk (none: the first): the session refreshed
 * with them, the site rendered and checked in memory, and which outputs differ from `previous`
 * byte for byte, so only the pages showing them reload. A failed check
 * keeps the previous files.
 */
export async function nextSnapshot(site: PreviewSite, previous: SiteSnapshot, changes: Changes | undefined): Promise<Rebuild> {
  const causes = changes?.paths ?? [];
  // Only what changed is read again, so a file mid-save elsewhere is not read before it settles; a file come or gone lists the folder again.
  if (changes) await site.refresh(changes.listing ? undefined : causes);
  const outputs = await site.outputs();
  const timings = site.timings;
  // After the render, the check finds everything in the session's memo.
  const checked = await site.check();
  const files = checkedFiles(checked);
  const messages = toRecords(files);
  if (!outputs) return {snapshot: {...previous, messages, checked: files, built: false}, changed: [], causes, timings};
  const next = new Map<string, Uint8Array>();
  for (const output of outputs.outputs) next.set(output.path, bytesOf(output.contents));
  const changed: string[] = [];
  for (const [path, contents] of next) {
    const before = previous.files.get(path);
    if (!before || !Buffer.from(before).equals(contents)) changed.push(path);
  }
  for (const path of previous.files.keys()) if (!next.has(path)) changed.push(path);
  const basePath = checked.site ? basePathOf(checked.site) : '';
  return {snapshot: {files: next, messages, checked: files, built: true, basePath}, changed: changed.sort(), causes, timings};
}
