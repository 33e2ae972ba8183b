import type {FileFacts, SiteIndex} from './types.js';

/** Something the record says a file published and the content no longer produces. */
export type LostPermalink =
  /** A URL the file published (the record names it as the source) that nothing produces now. */
  | {kind: 'url'; url: string}
  /** An anchor on a URL the file still produces. */
  | {kind: 'anchor'; url: string; id: string}
  /** The feed entry id recorded for a URL the file still produces, which no post has now. */
  | {kind: 'feed-id'; url: string; feedId: string};

/** The file that produces `url` now: its page, else the post with that alias. */
export function producerOf(index: SiteIndex, url: string): FileFacts | undefined {
  return index.pages.get(url) ?? index.aliases.get(url);
}

/** A post's feed id as the record fixes it: the one recorded for its URL or, failing that, for an alias. */
function recordedFeedIdOf(index: SiteIndex, facts: FileFacts): string | undefined {
  if (facts.url === undefined || !facts.post) return undefined;
  for (const url of [facts.url, ...facts.post.aliases]) {
    const feedId = index.recorded?.manifest.urls[url]?.feedId;
    if (feedId !== undefined) return feedId;
  }
  return undefined;
}

/**
 * True when a post's front matter is itself in error, so it publishes
 * nothing: that error is the one message, not every URL it loses.
 */
function unpublishable(facts: FileFacts): boolean {
  return facts.kind !== 'other' && facts.plannedUrl === undefined && facts.problems.length > 0;
}

function keepsFeedId(index: SiteIndex, facts: FileFacts, feedId: string): boolean {
  if (recordedFeedIdOf(index, facts) === feedId) return true;
  // Rare (an alias recorded with another post's id): some other post may have kept it.
  for (const other of index.pages.values()) {
    if (other !== facts && recordedFeedIdOf(index, other) === feedId) return true;
  }
  return false;
}

/**
 * What one file published before (per `index.recorded`) and no longer
 * produces, in the record's order: its lost URLs, then for each URL it
 * still produces the lost anchors and feed id. Retired keys and the
 * build's own paths never count. A file whose front matter is in error
 * (`ignoreUnpublishable`, the default) loses no URL: the error says why.
 */
export function lostPermalinksOf(index: SiteIndex, facts: FileFacts, options: {ignoreUnpublishable?: boolean} = {}): LostPermalink[] {
  const recorded = index.recorded;
  if (!recorded) return [];
  const retired = recorded.manifest.retired ?? {};
  const lost: LostPermalink[] = [];
  const counts = (url: string): boolean => !(url in retired) && !index.generated.has(url);
  if (!(unpublishable(facts) && (options.ignoreUnpublishable ?? true))) {
    for (const url of recorded.sources.get(facts.path) ?? []) {
      if (counts(url) && !producerOf(index, url)) lost.push({kind: 'url', url});
    }
  }
  const own = facts.url === undefined ? [] : [facts.url, ...(facts.post?.aliases ?? [])];
  for (const url of own) {
    const entry = recorded.manifest.urls[url];
    if (!entry || !counts(url) || producerOf(index, url) !== facts) continue;
    const ids = new Set(facts.anchors.map((anchor) => anchor.id));
    for (const id of entry.anchors) {
      if (!ids.has(id) && !(`${url}#${id}` in retired)) lost.push({kind: 'anchor', url, id});
    }
    const feedId = entry.feedId;
    if (feedId !== undefined && !(feedId in retired) && !keepsFeedId(index, facts, feedId)) lost.push({kind: 'feed-id', url, feedId});
  }
  return lost;
}

/**
 * Recorded URLs that nothing produces and whose source file is gone (or
 * was never named): no file is left to report them on.
 */
export function removedPermalinksOf(index: SiteIndex): string[] {
  const recorded = index.recorded;
  if (!recorded) return [];
  const retired = recorded.manifest.retired ?? {};
  const removed: string[] = [];
  for (const [url, entry] of Object.entries(recorded.manifest.urls)) {
    if (url in retired || index.generated.has(url) || producerOf(index, url)) continue;
    if (entry.source !== undefined && index.files.has(entry.source)) continue;
    removed.push(url);
  }
  return removed;
}
