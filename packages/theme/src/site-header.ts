import type {SiteConfig} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {lines} from './lines.js';
import {feedUrl} from './site-paths.js';

/** The site header: its title linking home, then the navigation. */
export function siteHeader(site: SiteConfig, current?: string): Element {
  const link = (href: string, text: string): Element =>
    h('a', {href, ariaCurrent: href === current ? 'page' : undefined}, text);
  // The home page has no other heading to name it, so the site title is its `<h1>`.
  const title = h(current === '/' ? 'h1.site-title' : 'p.site-title', link('/', site.title));
  const nav = h('nav', h('ul', lines([h('li', link('/about/', 'About')), h('li', link(feedUrl(site), 'Feed'))])));
  return h('header.site-header', lines([title, nav]));
}
