import type {FileFacts, SiteConfig, SiteIndex} from './types.js';

/** URL paths the build writes besides pages, so links to them resolve. */
export function generatedPaths(site: SiteConfig): string[] {
  return ['/', '/404.html', `/${site.feed.path}`, '/style.css', '/favicon.svg', '/permalinks.json'];
}

/**
 * The whole site as the second phase sees it. When two files claim one URL,
 * the first by path keeps it; a rule reports the second.
 */
export function createSiteIndex(
  site: SiteConfig,
  facts: Iterable<FileFacts>,
  assets: Iterable<string> = [],
  generated: Iterable<string> = []
): SiteIndex {
  const files = new Map<string, FileFacts>();
  const pages = new Map<string, FileFacts>();
  const sorted = [...facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    files.set(file.path, file);
    if (file.url !== undefined && !pages.has(file.url)) pages.set(file.url, file);
  }
  return {site, files, pages, assets: new Set(assets), generated: new Set(generated)};
}
