import type {PostMeta, SiteConfig} from './types.js';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A post's URL path: `/YYYY/MM/DD/slug/` from its date in the site's zone. */
export function postUrl(meta: Pick<PostMeta, 'date' | 'slug'>): string {
  const {year, month, day} = meta.date;
  return `/${year}/${pad(month)}/${pad(day)}/${meta.slug}/`;
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

/** Absolute URL of a site path. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return site.baseUrl + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * The site path an URL names, when it is on this site: absolute URLs on the
 * site's host, and root-relative paths. Adds the trailing slash a page URL
 * has and drops `index.html`.
 */
export function sitePathOf(site: SiteConfig, url: string): string | undefined {
  let path: string;
  if (url.startsWith('/') && !url.startsWith('//')) {
    path = url;
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
