import {absoluteUrl, type FileFacts, type SiteIndex} from '@folio/core';
import type {SitemapEntry} from '@folio/feed';

function lastChanged(facts: FileFacts): {epochMs: number; rfc3339: string} | undefined {
  return facts.post ? (facts.post.updated ?? facts.post.date) : undefined;
}

/**
 * What the sitemap lists: every published post and page (never a draft,
 * even in a `--drafts` build, and never an alias's redirect page) and the
 * home page, by URL. A post's `lastmod` is its `updated`, else its `date`;
 * the home page's is the newest of those; a page has no date, so none.
 */
export function sitemapEntries(index: SiteIndex, listed: readonly string[] = ['/']): SitemapEntry[] {
  const {site} = index;
  const pages = [...index.pages.values()].filter((facts) => facts.url !== undefined && !facts.draft && (facts.post !== undefined || facts.page !== undefined));
  const newest = pages.map(lastChanged).reduce<{epochMs: number; rfc3339: string} | undefined>((best, next) => (next && (!best || next.epochMs > best.epochMs) ? next : best), undefined);
  const entries = new Map<string, string | undefined>();
  for (const url of listed) entries.set(url, newest?.rfc3339);
  for (const facts of pages) if (facts.url !== undefined) entries.set(facts.url, lastChanged(facts)?.rfc3339);
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([url, lastmod]) => ({url: absoluteUrl(site, url), ...(lastmod === undefined ? {} : {lastmod})}));
}
