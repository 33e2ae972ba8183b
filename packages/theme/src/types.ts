import type {Instant} from '@folio/core';

/** One entry in the list of posts on the home page. */
export interface PostSummary {
  url: string;
  title: string;
  published: Instant;
  description?: string;
}
