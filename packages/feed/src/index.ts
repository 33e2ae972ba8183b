export {entryIdFor} from './entry-id.js';
export {feedIdFor} from './feed-id.js';
export {toAtom} from './to-atom.js';
export type {FeedEntry} from './types.js';
