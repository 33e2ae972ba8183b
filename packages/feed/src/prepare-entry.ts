import {toXml} from 'xast-util-to-xml';
import {checkEntry} from './check-entries.js';
import {atomEntry} from './entry.js';
import type {FeedEntry, PreparedEntry} from './types.js';
import {wellFormed} from './well-formed.js';

/**
 * Check one entry and serialize its `<entry>` element as it sits in the
 * feed, so the feed of a thousand posts is assembled, not re-serialized,
 * when one of them changes.
 */
export function prepareEntry(entry: FeedEntry): PreparedEntry & {xml: string} {
  checkEntry(entry, 'entry');
  const {contentHtml: _, ...rest} = entry;
  return {...rest, xml: toXml(wellFormed({type: 'root', children: [atomEntry(entry, 1)]}))};
}
