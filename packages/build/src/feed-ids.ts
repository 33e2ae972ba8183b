import type {FileFacts, SiteIndex} from '@folio/core';
import {entryIdFor} from '@folio/feed';

/**
 * A post's feed entry id, frozen at first publication: the id recorded for
 * its URL or one of its aliases (its old URLs), else a new `tag:` id.
 */
export function feedIdOf(index: SiteIndex, facts: FileFacts): string {
  const post = facts.post;
  if (!post || facts.url === undefined) throw new Error(`Unexpected value \`${facts.path}\` for feedIdOf, expected a published post`);
  for (const url of [facts.url, ...post.aliases]) {
    const feedId = index.recorded?.manifest.urls[url]?.feedId;
    if (feedId !== undefined) return feedId;
  }
  return entryIdFor(index.site, post.date, facts.url);
}
