import type {SiteConfig} from '@folio/core';
import type {Element, Root} from 'xast';
import {toXml} from 'xast-util-to-xml';
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
import type {FeedEntry, PreparedEntry} from './types.js';
import {wellFormed} from './well-formed.js';

const utf8 = new TextDecoder();

/** A prepared entry's XML as a `raw` node (not in xast's types; xast-util-to-xml knows it). */
function raw(xml: string | Uint8Array): Element {
  return {type: 'raw', value: typeof xml === 'string' ? xml : utf8.decode(xml)} as unknown as Element;
}

/** The feed element: its own children (id, title, updated…) and then `entries`. */
function feedElement(site: SiteConfig, selected: ReadonlyArray<FeedEntry | PreparedEntry>, entries: Element[]): Element {
  return block(
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
      ...entries
    ],
    0
  );
}

function document(feed: Element): Root {
  return wellFormed(x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', feed));
}

/**
 * The site's Atom 1.0 feed (RFC 4287) as an xast tree, for `toXml`.
 *
 * Pure: the same input gives the same tree, and `updated` comes from the
 * entries, never the clock (see `emptyFeedUpdated` for a feed with none).
 * Throws on input only a programming error produces. Prepared entries
 * (`prepareEntry`) are raw nodes: serialize with `allowDangerousXml: true`.
 */
export function toAtom(site: SiteConfig, entries: ReadonlyArray<FeedEntry | PreparedEntry>): Root {
  checkSite(site);
  checkEntries(entries);
  const selected = selectEntries(site, entries);
  // A prepared entry goes in as written: serialize with `allowDangerousXml`.
  return document(feedElement(site, selected, selected.map((entry) => ('xml' in entry ? raw(entry.xml) : atomEntry(entry, 1)))));
}

/** How the feed element ends (`block` puts its end tag on a line of its own). */
const feedEnd = '\n</feed>';
/** What goes before each entry: a line of its own, indented as a child of the feed. */
const entryStart = '\n  ';

/**
 * The feed as a sequence of XML text and the prepared entries that go
 * between it, in order: a caller can write each entry's bytes as they are
 * instead of decoding and re-joining megabytes of text. The same bytes as
 * `toXml(toAtom(site, entries))`: the feed's own elements, then each entry
 * on a line of its own, then the end tag.
 */
export function atomParts(site: SiteConfig, entries: readonly PreparedEntry[]): Array<string | PreparedEntry> {
  checkSite(site);
  checkEntries(entries);
  const selected = selectEntries(site, entries);
  const head = toXml(document(feedElement(site, selected, [])));
  if (!head.endsWith(feedEnd)) throw new Error(`Unexpected feed ending \`${head.slice(-feedEnd.length)}\`, expected \`${feedEnd}\``);
  return [head.slice(0, -feedEnd.length), ...selected.flatMap((entry) => [entryStart, entry]), feedEnd];
}
