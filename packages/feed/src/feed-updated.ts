import {epochOfRfc3339} from '@folio/core';
import type {FeedEntry} from './types.js';

/**
 * `updated` of a feed without entries. Never the clock, so the output stays
 * reproducible: the Unix epoch says “nothing published yet” to any reader.
 */
export const emptyFeedUpdated = '1970-01-01T00:00:00Z';

/** The feed's `updated`: the newest `updated` of its entries, as written. */
export function feedUpdated(entries: ReadonlyArray<Pick<FeedEntry, 'updated'>>): string {
  let newest: {value: string; epochMs: number} | undefined;
  for (const entry of entries) {
    const epochMs = epochOfRfc3339(entry.updated) ?? 0;
    // Strictly newer: of equal moments the first in feed order wins.
    if (!newest || epochMs > newest.epochMs) newest = {value: entry.updated, epochMs};
  }
  return newest?.value ?? emptyFeedUpdated;
}
