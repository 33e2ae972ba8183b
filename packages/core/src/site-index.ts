import type {RecordedPermalinks} from './permalinks.js';
import type {FileFacts, NavLink, SiteConfig, SiteIndex} from './types.js';

/** URL paths the build writes besides pages, so links to them resolve. */
export function generatedPaths(site: SiteConfig): string[] {
  const sections = (site.sections ?? []).map((section) => section.url);
  return ['/', '/404.html', `/${site.feed.path}`, '/style.css', '/favicon.svg', '/apple-touch-icon.png', '/permalinks.json', '/sitemap.xml', '/robots.txt', ...sections];
}

/**
 * The header's links when `site.yaml` names none: the pages that exist
 * (by URL), the sections, and the feed. Never a page that does not exist.
 */
function defaultNav(site: SiteConfig, pages: Map<string, FileFacts>): NavLink[] {
  const links: NavLink[] = [];
  for (const [url, facts] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (facts.kind === 'page' && url !== '/' && facts.title !== undefined) links.push({title: facts.title, url});
  }
  for (const section of site.sections ?? []) links.push({title: section.title, url: section.url});
  links.push({title: 'Feed', url: `/${site.feed.path.replace(/^\/+/, '')}`});
  return links;
}

/**
 * The whole site as the second phase sees it. When two files claim one URL,
 * the first by path keeps it; a rule reports the second. An alias that is a
 * page's URL stays that page's. Everything the index holds is given here
 * (`recorded`: what the site published before), so nothing changes it later.
 */
export function createSiteIndex(
  site: SiteConfig,
  facts: Iterable<FileFacts>,
  assets: Iterable<string> = [],
  generated: Iterable<string> = [],
  recorded?: RecordedPermalinks
): SiteIndex {
  const files = new Map<string, FileFacts>();
  const pages = new Map<string, FileFacts>();
  const aliases = new Map<string, FileFacts>();
  const sorted = [...facts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    files.set(file.path, file);
    if (file.url !== undefined && !pages.has(file.url)) pages.set(file.url, file);
  }
  for (const file of sorted) {
    if (file.url === undefined) continue;
    for (const alias of file.post?.aliases ?? []) if (!pages.has(alias) && !aliases.has(alias)) aliases.set(alias, file);
  }
  const nav = site.nav ?? defaultNav(site, pages);
  return {site, files, pages, assets: new Set(assets), generated: new Set(generated), aliases, nav, ...(recorded ? {recorded} : {})};
}
