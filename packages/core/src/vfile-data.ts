import type {FileFacts, SiteIndex} from './types.js';

// Typed `file.data`: what the collect phase records and the check phase reads.
declare module 'vfile' {
  interface DataMap {
    /** What this file contributes to the site (first phase). */
    folioFacts: FileFacts;
    /** The whole site, set before the second phase runs. */
    folioSite: SiteIndex;
  }
}

export {};
