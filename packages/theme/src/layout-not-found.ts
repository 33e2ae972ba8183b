import {siteHref, type NavLink, type SiteConfig} from '@folio/core';
import type {Root} from 'hast';
import {h} from 'hastscript';
import {createDocument} from './document.js';
import {pageTitle} from './page-title.js';
import {feedUrl} from './site-paths.js';

/**
 * The 404 page. The server sends it from any path, so every URL in it is
 * root-relative (with the base path) or absolute.
 */
export function layoutNotFound(input: {site: SiteConfig; nav?: readonly NavLink[]; styles?: readonly string[]}): Root {
  const {site} = input;
  const title = 'Page not found';
  return createDocument({
    site,
    title: pageTitle(site, title),
    shareTitle: title,
    // Served from any path: no one address to name as canonical or to share.
    type: 'website',
    nav: input.nav,
    styles: input.styles,
    extra: [h('meta', {name: 'robots', content: 'noindex'})],
    main: [
      h('h1', title),
      h('p', 'Nothing lives at this address. The page may have moved, or the link may have a typo.'),
      h('p', ['Every essay is listed on the ', h('a', {href: siteHref(site, '/')}, 'home page'), '; new ones also appear in the ', h('a', {href: siteHref(site, feedUrl(site))}, 'feed'), '.'])
    ]
  });
}
