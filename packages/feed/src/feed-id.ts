import type {SiteConfig} from '@folio/core';
import {homeUrl} from './site-urls.js';

/**
 * The feed's own permanent id: the site's home URL.
 *
 * Why not a tag URI from the first post's year: it would depend on which posts
 * exist, so deleting or back-dating the first post would change it, and
 * `toAtom` never sees that post once `feed.entries` limits the feed. The home
 * URL depends on the configuration alone, and changes only when `baseUrl`
 * does, which moves the feed itself anyway.
 */
export function feedIdFor(site: SiteConfig): string {
  return homeUrl(site);
}
