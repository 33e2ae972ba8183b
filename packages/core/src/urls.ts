import {defaultPermalink, expandPermalink} from './permalink-pattern.js';
import type {PostMeta, SiteConfig, SiteSection} from './types.js';

/**
 * A post's URL path: its `url:` when written, else its pattern (the site's
 * `permalink`, or its section's) filled from its date in the site's zone.
 */
export function postUrl(meta: Pick<PostMeta, 'date' | 'slug'> & {url?: string | undefined}, pattern = defaultPermalink): string {
  if (meta.url !== undefined) return meta.url;
  const {year, month, day} = meta.date;
  return expandPermalink(pattern, {year, month, day, slug: meta.slug});
}

/** The section a post's path puts it in: `posts/inside-rust/x.md` → the `inside-rust` section. */
export function sectionOf(site: SiteConfig, path: string): SiteSection | undefined {
  const segments = path.split('/');
  if (segments.length !== 3) return undefined;
  return site.sections?.find((section) => section.folder === segments[1]);
}

/** The pattern a post's URL follows: its section's, else the site's. */
export function permalinkOf(site: SiteConfig, path: string): string {
  return sectionOf(site, path)?.permalink ?? site.permalink ?? defaultPermalink;
}

/** A standalone page's URL path: `pages/about.md` → `/about/`. */
export function pageUrl(path: string): string {
  const name = path.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
  return name === 'index' ? '/' : `/${name.toLowerCase()}/`;
}

/** The file an URL path is written to: `/about/` → `about/index.html`. */
export function outputPathOf(url: string): string {
  const path = url.replace(/^\/+/, '');
  if (path === '') return 'index.html';
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The path part of `baseUrl`, without a trailing slash: `/repo` for a
 * project site at `https://name.github.io/repo`, `` for a site at a root.
 */
export function basePathOf(site: Pick<SiteConfig, 'baseUrl'>): string {
  try {
    return new URL(site.baseUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * How the site's HTML links a site path: with the base path in front, as a
 * browser reads it (`/2013/…` → `/repo/2013/…`). Site paths everywhere
 * else (the index, `permalinks.json`) stay without it, so a site can move.
 */
export function siteHref(site: Pick<SiteConfig, 'baseUrl'>, path: string): string {
  return basePathOf(site) + (path.startsWith('/') ? path : `/${path}`);
}

/** Absolute URL of a site path. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.baseUrl + (path.startsWith('/') ? path : `/${path}`);
}

/** `path` without the base path in front, when it has it: `/repo/2013/…` → `/2013/…`. */
function withoutBasePath(basePath: string, path: string): string {
  if (basePath === '') return path;
  if (path === basePath) return '/';
  return path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
}

/**
 * The site path an URL names, when it is on this site: absolute URLs on the
 * site's host (under its base path), and root-relative paths, written as a
 * browser reads them (`/repo/2013/…`) or relative to the site (`/2013/…`).
 * Adds the trailing slash a page URL has and drops `index.html`.
 */
export function sitePathOf(site: SiteConfig, url: string): string | undefined {
  let path: string;
  if (url.startsWith('/') && !url.startsWith('//')) {
    path = withoutBasePath(basePathOf(site), url.replace(/[?#].*$/, ''));
  } else if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
    let parsed: URL;
    let base: URL;
    try {
      parsed = new URL(url, site.baseUrl);
      base = new URL(site.baseUrl);
    } catch {
      return undefined;
    }
    const sameHost = parsed.host === base.host || parsed.host === `www.${base.host}` || base.host === `www.${parsed.host}`;
    if (!/^https?:$/.test(parsed.protocol) || !sameHost) return undefined;
    path = parsed.pathname;
    const basePath = base.pathname.replace(/\/$/, '');
    if (basePath && path !== basePath && !path.startsWith(`${basePath}/`)) return undefined;
    path = path.slice(basePath.length) || '/';
  } else {
    return undefined;
  }
  path = path.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written; it will simply not match.
  }
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last.includes('.') && !path.endsWith('/')) path += '/';
  return path;
}
