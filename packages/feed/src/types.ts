/** One post as the feed carries it. */
export interface FeedEntry {
  /** Permanent entry id (see `entryIdFor`); frozen at first publication by the caller. */
  id: string;
  title: string;
  /** Absolute URL of the post. */
  url: string;
  /** RFC 3339 with offset. */
  published: string;
  /** RFC 3339 with offset. */
  updated: string;
  /** Full post body as an HTML string, every URL absolute. */
  contentHtml: string;
  summary?: string;
}

/**
 * An entry already checked and serialized (`prepareEntry`): a build renders
 * each post's entry once, with the post, and a later build reuses it.
 */
export type PreparedEntry = Omit<FeedEntry, 'contentHtml'> & {
  /** The `<entry>` element as XML (text or UTF-8 bytes), indented for its place in the feed. */
  xml: string | Uint8Array;
};
