import {epochOfRfc3339, type SiteConfig} from '@folio/core';
import type {FeedEntry, PreparedEntry} from './types.js';

function byNewest(a: FeedEntry | PreparedEntry, b: FeedEntry | PreparedEntry): number {
  const difference = (epochOfRfc3339(b.published) ?? 0) - (epochOfRfc3339(a.published) ?? 0);
  if (difference !== 0) return difference;
  // Code-unit order, not `localeCompare`: the same on every machine.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The entries the feed carries: newest first by `published` (ties by id), at most `feed.entries` when > 0. */
export function selectEntries<T extends FeedEntry | PreparedEntry>(site: SiteConfig, entries: readonly T[]): T[] {
  const sorted = [...entries].sort(byNewest);
  return site.feed.entries > 0 ? sorted.slice(0, site.feed.entries) : sorted;
}
