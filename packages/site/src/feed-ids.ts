import type {FileFacts, SiteIndex} from '@folio/core';
import {entryIdFor} from '@folio/feed';
import {reportSiteMessage, type SeverityOf} from '@folio/lint';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';

export const duplicateFeedIdRule = 'no-duplicate-feed-id';

/** A post's feed id, and the URL (its own or an alias) whose record gave it, if one did. */
function feedIdWithOrigin(index: SiteIndex, facts: FileFacts): {id: string; recordedFor?: string} {
  const post = facts.post;
  if (!post || facts.url === undefined) throw new Error(`Unexpected value \`${facts.path}\` for feedIdOf, expected a published post`);
  for (const url of [facts.url, ...post.aliases]) {
    const feedId = index.recorded?.manifest.urls[url]?.feedId;
    if (feedId !== undefined) return {id: feedId, recordedFor: url};
  }
  return {id: entryIdFor(index.site, post.date, facts.url)};
}

/**
 * A post's feed entry id, frozen at first publication: the id recorded for
 * its URL or one of its aliases (its old URLs), else a new `tag:` id.
 */
export function feedIdOf(index: SiteIndex, facts: FileFacts): string {
  return feedIdWithOrigin(index, facts).id;
}

/**
 * Report a published post whose feed entry id another post has too (the
 * record can give an alias the id of a post that now has that id by its
 * own URL): a feed reader would merge the two. At the alias, or at what
 * sets the URL, with a `cause` naming the other post.
 */
export function reportDuplicateFeedIds(index: SiteIndex, sources: Map<string, VFile>, severityOf: SeverityOf): void {
  const first = new Map<string, FileFacts>();
  for (const facts of index.pages.values()) {
    if (!facts.post || facts.url === undefined) continue;
    const {id, recordedFor} = feedIdWithOrigin(index, facts);
    const other = first.get(id);
    if (!other) {
      first.set(id, facts);
      continue;
    }
    const file = sources.get(facts.path);
    if (!file) continue;
    const place: Position | undefined =
      recordedFor !== undefined && recordedFor !== facts.url ? facts.places?.aliases?.find((entry) => entry.alias === recordedFor)?.position : facts.places?.url;
    const via = recordedFor === undefined ? '' : ` (\`permalinks.json\` records it for \`${recordedFor}\`)`;
    const cause = new VFileMessage(`\`${id}\` is the feed id of \`${other.path}\``, {ruleId: duplicateFeedIdRule, source: 'folio', ...(other.places?.url ? {place: other.places.url} : {})});
    cause.file = other.path;
    const reason = `Unexpected feed entry id \`${id}\`${via} that \`${other.path}\` has too, expected one id per entry (drop the alias, or retire the id)`;
    reportSiteMessage(file, {ruleId: duplicateFeedIdRule, reason, place, cause}, severityOf);
  }
}
