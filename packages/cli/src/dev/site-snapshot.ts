import {checkedFiles, checkSite, siteOutputs, type ParseCache} from '@folio/site';
import {basePathOf} from '@folio/core';
import {toRecords, type MessageRecord} from '../records.js';
import type {VFile} from 'vfile';

/** The site as the dev server serves it: every output in memory. */
export interface SiteSnapshot {
  files: Map<string, Uint8Array>;
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
}

/**
 * Rebuilds in memory, parsing only files whose text changed, and reports
 * which outputs changed so only the pages showing them reload.
 */
export function createSiteBuilder(contentDir: string, drafts: boolean) {
  const cache: ParseCache = new Map();
  let previous: SiteSnapshot = {files: new Map(), messages: [], checked: [], built: false, basePath: ''};

  async function rebuild(): Promise<Rebuild> {
    const checked = await checkSite({contentDir, drafts, cache});
    const files = checkedFiles(checked);
    const site = await siteOutputs(checked, contentDir);
    const messages = toRecords(files);
    if (!site) {
      previous = {...previous, messages, checked: files, built: false};
      return {snapshot: previous, changed: []};
    }
    const next = new Map<string, Uint8Array>();
    for (const output of site.outputs) {
      next.set(output.path, typeof output.contents === 'string' ? Buffer.from(output.contents) : Array.isArray(output.contents) ? Buffer.concat(output.contents) : (output.contents as Uint8Array));
    }
    const changed: string[] = [];
    for (const [path, contents] of next) {
      const before = previous.files.get(path);
      if (!before || !Buffer.from(before).equals(contents)) changed.push(path);
    }
    for (const path of previous.files.keys()) if (!next.has(path)) changed.push(path);
    previous = {files: next, messages, checked: files, built: true, basePath: checked.site ? basePathOf(checked.site) : ''};
    return {snapshot: previous, changed: changed.sort()};
  }

  return {rebuild};
}
