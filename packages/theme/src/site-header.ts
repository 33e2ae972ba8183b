import {siteHref, type NavLink, type SiteConfig} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {lines} from './lines.js';
import {feedUrl} from './site-paths.js';

/**
 * The site header: its title linking home, then the navigation (`nav`, by
 * default the feed alone, so it never links a page that does not exist).
 * Site paths get the base path; `current` is the page's site path.
 */
export function siteHeader(site: SiteConfig, current?: string, nav?: readonly NavLink[]): Element {
  const link = (url: string, text: string): Element =>
    h('a', {href: url.startsWith('/') ? siteHref(site, url) : url, ariaCurrent: url === current ? 'page' : undefined}, text);
  // The home page has no other heading to name it, so the site title is its `<h1>`.
  const title = h(current === '/' ? 'h1.site-title' : 'p.site-title', link('/', site.title));
  const links = nav ?? [{title: 'Feed', url: feedUrl(site)}];
  const items = h('nav', h('ul', lines(links.map((item) => h('li', link(item.url, item.title))))));
  return h('header.site-header', lines([title, items]));
}
