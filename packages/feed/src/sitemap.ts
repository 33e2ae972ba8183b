import type {Element} from 'xast';
import {x} from 'xastscript';
import {toXml} from 'xast-util-to-xml';

/** One page in the sitemap. */
export interface SitemapEntry {
  /** Absolute URL, base path included. */
  url: string;
  /** When it last changed (RFC 3339), when the page has a date. */
  lastmod?: string | undefined;
}

function urlElement(entry: SitemapEntry): Element {
  const children = [x('loc', entry.url)];
  if (entry.lastmod !== undefined) children.push(x('lastmod', entry.lastmod));
  return x('url', children);
}

/**
 * `sitemap.xml` (sitemaps.org 0.9): one `<url>` per page, in the order
 * given, one to a line, so a changed page shows as one changed line.
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const lines = entries.flatMap((entry) => [{type: 'text' as const, value: '\n'}, urlElement(entry)]);
  const urlset = x('urlset', {xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9'}, [...lines, {type: 'text', value: '\n'}]);
  return `${toXml({type: 'root', children: [{type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, {type: 'text', value: '\n'}, urlset]})}\n`;
}

/** `robots.txt`: everything may be crawled, and the sitemap is at `sitemapUrl` (absolute). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
