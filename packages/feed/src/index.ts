export {entryIdFor} from './entry-id.js';
export {feedIdFor} from './feed-id.js';
export {prepareEntry} from './prepare-entry.js';
export {atomParts, toAtom} from './to-atom.js';
export type {FeedEntry, PreparedEntry} from './types.js';
export {robotsTxt, sitemapXml, type SitemapEntry} from './sitemap.js';
