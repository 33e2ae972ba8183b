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
      // A prepared entry goes in as written: serialize with `allowDangerousXml`.
      ...selected.map((entry) => ('xml' in entry ? raw(entry.xml) : atomEntry(entry, 1)))
    ],
    0
  );
  return wellFormed(x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', feed));
}

/**
 * The feed as a sequence of XML text and the prepared entries that go
 * between it, in order: a caller can write each entry's bytes as they are
 * instead of decoding and re-joining megabytes of text.
 */
export function atomParts(site: SiteConfig, entries: readonly PreparedEntry[]): Array<string | PreparedEntry> {
  const selected = selectEntries(site, entries);
  // U+0000 cannot occur in the serialized feed (`xmlChars` drops it), so it marks each entry's place.
  const marked = selected.map((entry, index): PreparedEntry => ({...entry, xml: `\u0000${index}\u0000`}));
  const xml = toXml(toAtom(site, marked), {allowDangerousXml: true});
  return xml.split(/\u0000(\d+)\u0000/).map((part, index) => (index % 2 === 1 ? (selected[Number(part)] as PreparedEntry) : part));
}
