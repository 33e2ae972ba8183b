import type {Position} from 'unist';
import {createPositionMapper} from './source-position.js';
import * as v from 'valibot';
import {parseJsonSource} from './schema/from-json.js';
import {entrySchema, entryShape, manifestSchema, retirementSchema} from './schema/permalinks.js';
import {nodeAt} from './schema/source-node.js';
import {validateJson, validateValue} from './schema/validate.js';
import type {Problem} from './types.js';

/** What one URL published: the ids on the page, the feed entry id of a post. */
export interface PermalinkEntry {
  anchors: string[];
  feedId?: string;
  /** Content-relative path of the file that published it, to report on it later. */
  source?: string;
}

/**
 * Everything a site has published. The build writes one into the output;
 * the content directory keeps one that only grows. `retired` names what was
 * removed on purpose — a URL, `URL#anchor`, or a feed id — with the reason.
 */
export interface PermalinkManifest {
  version: 1;
  urls: Record<string, PermalinkEntry>;
  retired?: Record<string, string>;
}

/** A manifest read from disk, with where each key was written. */
export interface RecordedPermalinks {
  manifest: PermalinkManifest;
  /** Position of each URL key, each `URL#anchor`, and each feed id, in the file. */
  positions: Map<string, Position>;
  /** The URLs recorded for each source file, so a file finds what it published without a scan of the record. */
  sources: Map<string, string[]>;
}

/** A record with its lookups, made once when it is read. */
export function recordPermalinks(manifest: PermalinkManifest, positions: Map<string, Position> = new Map()): RecordedPermalinks {
  const sources = new Map<string, string[]>();
  for (const [url, entry] of Object.entries(manifest.urls)) {
    if (entry.source === undefined) continue;
    const urls = sources.get(entry.source);
    if (urls) urls.push(url);
    else sources.set(entry.source, [url]);
  }
  return {manifest, positions, sources};
}

const ruleId = 'stable-permalinks';

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;
  return sorted;
}

/** Find where each string value or key is written, for positioned messages. */
function locate(text: string, manifest: PermalinkManifest): Map<string, Position> {
  const place = createPositionMapper(text, {line: 1, column: 1, offset: 0});
  const positions = new Map<string, Position>();
  let from = 0;
  const find = (needle: string): Position | undefined => {
    const quoted = JSON.stringify(needle);
    const index = text.indexOf(quoted, from);
    if (index < 0) return undefined;
    from = index + quoted.length;
    return place(index, index + quoted.length);
  };
  for (const [url, entry] of Object.entries(manifest.urls)) {
    const position = find(url);
    if (position) positions.set(url, position);
    for (const anchor of entry.anchors) {
      const at = find(anchor);
      if (at) positions.set(`${url}#${anchor}`, at);
    }
    if (entry.feedId !== undefined) {
      const at = find(entry.feedId);
      if (at) positions.set(entry.feedId, at);
    }
  }
  return positions;
}

/** Read `permalinks.json`; a malformed one is a problem, never a throw. */
export function readPermalinks(text: string): {recorded?: RecordedPermalinks; problems: Problem[]} {
  const read = validateJson(manifestSchema, text, {ruleId, expected: 'the manifest the build writes'});
  if (!read.value) return {problems: read.problems};
  // Where entries were written is read once, and only for an entry in error.
  let source: ReturnType<typeof parseJsonSource> | undefined;
  const at = (...path: string[]) => () => {
    source ??= parseJsonSource(text);
    const root = nodeAt(source.root, path);
    return {...(root ? {root} : {}), position: source.position};
  };
  const problems: Problem[] = [];
  const urls: Record<string, PermalinkEntry> = {};
  for (const [url, raw] of Object.entries(read.value.urls)) {
    const good = v.safeParse(entryShape, raw);
    if (!good.success) {
      const message = `Unexpected entry for \`${url}\`, expected \`{"anchors": [...], "feedId"?: "…"}\``;
      // One problem per entry, at the first thing wrong with it.
      problems.push(...validateValue(entrySchema(message), raw, at('urls', url), ruleId).problems.slice(0, 1));
      continue;
    }
    const entry = good.output;
    urls[url] = {
      anchors: entry.anchors,
      ...(typeof entry.feedId === 'string' ? {feedId: entry.feedId} : {}),
      ...(typeof entry.source === 'string' ? {source: entry.source} : {})
    };
  }
  const retired: Record<string, string> = {};
  for (const [key, reason] of Object.entries(read.value.retired ?? {})) {
    const checked = validateValue(retirementSchema(key), reason, at('retired', key), ruleId);
    if (checked.value === undefined) problems.push(...checked.problems);
    else retired[key] = checked.value;
  }
  const manifest: PermalinkManifest = {version: 1, urls, ...(Object.keys(retired).length > 0 ? {retired} : {})};
  return {recorded: recordPermalinks(manifest, locate(text, manifest)), problems};
}

/** The union of what was recorded and what was just published: the record only grows. */
export function mergePermalinks(recorded: PermalinkManifest | undefined, published: PermalinkManifest): PermalinkManifest {
  const urls: Record<string, PermalinkEntry> = {};
  for (const [url, entry] of Object.entries(recorded?.urls ?? {})) urls[url] = {...entry, anchors: [...entry.anchors]};
  for (const [url, entry] of Object.entries(published.urls)) {
    const before = urls[url];
    const anchors = [...new Set([...(before?.anchors ?? []), ...entry.anchors])].sort();
    const feedId = before?.feedId ?? entry.feedId;
    const source = entry.source ?? before?.source;
    urls[url] = {anchors, ...(feedId === undefined ? {} : {feedId}), ...(source === undefined ? {} : {source})};
  }
  const retired = recorded?.retired;
  return {version: 1, urls: sortedRecord(urls), ...(retired && Object.keys(retired).length > 0 ? {retired: sortedRecord(retired)} : {})};
}

/** Stable bytes: sorted keys and anchors, two-space indent, final newline. */
export function serializePermalinks(manifest: PermalinkManifest): string {
  const urls: Record<string, PermalinkEntry> = {};
  for (const [url, entry] of Object.entries(sortedRecord(manifest.urls))) {
    urls[url] = {
      anchors: [...new Set(entry.anchors)].sort(),
      ...(entry.feedId === undefined ? {} : {feedId: entry.feedId}),
      ...(entry.source === undefined ? {} : {source: entry.source})
    };
  }
  const ordered: PermalinkManifest = {version: 1, urls, ...(manifest.retired ? {retired: sortedRecord(manifest.retired)} : {})};
  return JSON.stringify(ordered, null, 2) + '\n';
}
