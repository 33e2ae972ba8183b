import type {PermalinkManifest, SiteIndex} from '@folio/core';
import {producedUrls} from './check-permalinks.js';
import type {CheckedSite} from './check-site.js';
import {feedIdOf} from './feed-ids.js';

/** One URL whose publication this change adds, changes or removes. */
export interface PublicationChange {
  url: string;
  change: 'added' | 'changed' | 'removed';
  /** The page's title; for a redirect, the title of the page it points to. */
  title?: string;
  /** The content-relative file that publishes (or published) it. */
  source?: string;
  /** For an alias: the URL it redirects to. */
  redirectsTo?: string;
  anchorsAdded: string[];
  anchorsRemoved: string[];
  /** The feed entry id this change adds (a new post) or removes. */
  feedEntryAdded?: string;
  feedEntryRemoved?: string;
  /** Set when the removal is on purpose, with its reason. */
  retired?: string;
}

/** What publishing the checked content would change, against the record of what is published. */
export interface PublicationChanges {
  /** What it is compared against: the deployed site's record, or the committed one standing in. */
  against: 'deployed' | 'committed' | 'nothing';
  changes: PublicationChange[];
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

/**
 * URLs, anchors and feed entries added, changed and removed against the
 * deployed record (the committed one when the deployed one was not read),
 * in URL order. Generated pages (`/`, the feed, 404) are left out.
 */
export function publicationChanges(checked: CheckedSite): PublicationChanges {
  const index = checked.index;
  const record: PermalinkManifest | undefined = checked.published ?? checked.committed;
  const against = checked.published ? 'deployed' : checked.committed ? 'committed' : 'nothing';
  if (!index) return {against, changes: []};
  const retired = {...checked.committed?.retired, ...record?.retired};
  const before = record?.urls ?? {};
  const produced = producedUrls(index);
  const changes: PublicationChange[] = [];
  for (const [url, facts] of produced) {
    if (index.generated.has(url) || url in retired) continue;
    const redirect = facts.url !== url;
    const anchors = new Set(facts.anchors.map((anchor) => anchor.id));
    const entry = before[url];
    const feedId = !redirect && facts.post ? feedIdOf(index, facts) : undefined;
    const base = {url, ...(facts.title === undefined ? {} : {title: facts.title}), source: facts.path, ...(redirect && facts.url ? {redirectsTo: facts.url} : {})};
    if (!entry) {
      changes.push({...base, change: 'added', anchorsAdded: sorted(anchors), anchorsRemoved: [], ...(feedId && !isRecordedFeedId(index, feedId) ? {feedEntryAdded: feedId} : {})});
      continue;
    }
    const known = new Set(entry.anchors);
    const anchorsAdded = sorted([...anchors].filter((id) => !known.has(id)));
    const anchorsRemoved = sorted(entry.anchors.filter((id) => !anchors.has(id)));
    const feedEntryRemoved = entry.feedId !== undefined && !redirect && feedId !== entry.feedId ? entry.feedId : undefined;
    if (anchorsAdded.length === 0 && anchorsRemoved.length === 0 && feedEntryRemoved === undefined) continue;
    changes.push({...base, change: 'changed', anchorsAdded, anchorsRemoved, ...(feedEntryRemoved ? {feedEntryRemoved} : {})});
  }
  for (const [url, entry] of Object.entries(before)) {
    if (produced.has(url) || index.generated.has(url)) continue;
    const reason = retired[url];
    changes.push({
      url,
      change: 'removed',
      ...(entry.source === undefined ? {} : {source: entry.source}),
      anchorsAdded: [],
      anchorsRemoved: sorted(entry.anchors),
      ...(entry.feedId === undefined ? {} : {feedEntryRemoved: entry.feedId}),
      ...(reason === undefined ? {} : {retired: reason})
    });
  }
  return {against, changes: changes.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))};
}

function isRecordedFeedId(index: SiteIndex, feedId: string): boolean {
  return Object.values(index.recorded?.manifest.urls ?? {}).some((entry) => entry.feedId === feedId);
}
