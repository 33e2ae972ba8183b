import type {SiteConfig} from '@folio/core';
import type {Root} from 'xast';
import {x} from 'xastscript';
import {atomAuthor} from './author.js';
import {checkEntries} from './check-entries.js';
import {checkSite} from './check-site.js';
import {atomEntry} from './entry.js';
import {feedIdFor} from './feed-id.js';
import {feedUpdated} from './feed-updated.js';
import {block} from './layout.js';
import {selectEntries} from './select-entries.js';
import {feedUrl, homeUrl} from './site-urls.js';
import type {FeedEntry} from './types.js';
import {wellFormed} from './well-formed.js';

/**
 * The site's Atom 1.0 feed (RFC 4287) as an xast tree, for `toXml`.
 *
 * Pure: the same input gives the same tree, and `updated` comes from the
 * entries, never the clock (see `emptyFeedUpdated` for a feed with none).
 * Throws on input only a programming error produces.
 */
export function toAtom(site: SiteConfig, entries: FeedEntry[]): Root {
  checkSite(site);
  checkEntries(entries);
  const selected = selectEntries(site, entries);
  const feed = block(
    'feed',
    {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': site.language},
    [
      x('id', feedIdFor(site)),
      x('title', {type: 'text'}, site.title),
      site.description.trim() === '' ? undefined : x('subtitle', {type: 'text'}, site.description),
      x('updated', feedUpdated(selected)),
      atomAuthor(site, 1),
      x('link', {rel: 'self', type: 'application/atom+xml', href: feedUrl(site)}),
      x('link', {rel: 'alternate', type: 'text/html', href: homeUrl(site)}),
      x('generator', 'folio'),
      ...selected.map((entry) => atomEntry(entry, 1))
    ],
    0
  );
  return wellFormed(x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', feed));
}
