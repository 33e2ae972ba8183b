import {epochOfRfc3339, type SiteConfig} from '@folio/core';
import type {FeedEntry, PreparedEntry} from './types.js';

/** The entries the feed carries: newest first by `published` (ties by id), at most `feed.entries` when > 0. */
export function selectEntries<T extends FeedEntry | PreparedEntry>(site: SiteConfig, entries: readonly T[]): T[] {
  // Each date parsed once, not once a comparison.
  const keyed = entries.map((entry) => ({entry, epochMs: epochOfRfc3339(entry.published) ?? 0}));
  keyed.sort((a, b) => {
    const difference = b.epochMs - a.epochMs;
    if (difference !== 0) return difference;
    // Code-unit order, not `localeCompare`: the same on every machine.
    return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
  });
  const sorted = keyed.map(({entry}) => entry);
  return site.feed.entries > 0 ? sorted.slice(0, site.feed.entries) : sorted;
}
