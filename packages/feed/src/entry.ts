import type {Element} from 'xast';
import {x} from 'xastscript';
import {block} from './layout.js';
import type {FeedEntry} from './types.js';

/** One `entry`; its author is the feed's. */
export function atomEntry(entry: FeedEntry, depth: number): Element {
  return block(
    'entry',
    {},
    [
      x('id', entry.id),
      x('title', {type: 'text'}, entry.title),
      x('published', entry.published),
      x('updated', entry.updated),
      x('link', {rel: 'alternate', type: 'text/html', href: entry.url}),
      entry.summary === undefined || entry.summary.trim() === '' ? undefined : x('summary', {type: 'text'}, entry.summary),
      // Escaped HTML as text: the serializer escapes it, no CDATA needed.
      x('content', {type: 'html'}, entry.contentHtml)
    ],
    depth
  );
}
