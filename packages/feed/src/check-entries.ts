import type {FeedEntry, PreparedEntry} from './types.js';
import {relativeUrls} from './relative-urls.js';
import {requireRfc3339} from './rfc3339.js';
import {unexpected} from './unexpected.js';

const absoluteIri = /^[A-Za-z][A-Za-z\d+.-]*:\S+$/;
const webUrl = /^https?:\/\/[^/\s?#]+\S*$/;

/** Fail loudly on an entry the build would never pass; a prepared one was checked when it was prepared. */
export function checkEntry(entry: FeedEntry | PreparedEntry, field: string): void {
  if (!absoluteIri.test(entry.id)) unexpected(entry.id, `${field}.id`, 'an absolute IRI such as a `tag:` URI');
  if (entry.title.trim() === '') unexpected(entry.title, `${field}.title`, 'a title');
  if (!webUrl.test(entry.url)) unexpected(entry.url, `${field}.url`, 'an absolute `http(s)` URL');
  requireRfc3339(entry.published, `${field}.published`);
  requireRfc3339(entry.updated, `${field}.updated`);
  if (!('contentHtml' in entry)) return;
  const relative = relativeUrls(entry.contentHtml)[0];
  if (relative !== undefined) unexpected(relative, `${field}.contentHtml`, 'absolute URLs only');
}

/** Fail loudly on entries the build would never pass: each is checked data. */
export function checkEntries(entries: ReadonlyArray<FeedEntry | PreparedEntry>): void {
  const fieldOfId = new Map<string, string>();
  for (const [index, entry] of entries.entries()) {
    const field = `entries[${index}]`;
    if ('contentHtml' in entry) checkEntry(entry, field);
    const other = fieldOfId.get(entry.id);
    if (other !== undefined) unexpected(entry.id, `${field}.id`, `an id no other entry has (\`${other}.id\` has it)`);
    fieldOfId.set(entry.id, field);
  }
}
