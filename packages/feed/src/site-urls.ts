import {absoluteUrl, type SiteConfig} from '@folio/core';

/** Absolute URL of the site's home page. */
export function homeUrl(site: SiteConfig): string {
  return `${site.baseUrl}/`;
}

/** Absolute URL the feed is published at. */
export function feedUrl(site: SiteConfig): string {
  return absoluteUrl(site, site.feed.path);
}
