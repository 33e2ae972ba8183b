import {absoluteUrl, type NavLink, type SiteConfig} from '@folio/core';
import type {Root} from 'hast';
import {h} from 'hastscript';
import {createDocument} from './document.js';
import {pageTitle} from './page-title.js';

/**
 * The page left at an old address (`from`, where the build writes it) that
 * sends readers and search engines to the new one (`to`, a site path or an
 * absolute URL). Every URL in it is absolute, so `from` never shows.
 */
export function layoutRedirect(input: {site: SiteConfig; from: string; to: string; title: string; nav?: readonly NavLink[]; styles?: readonly string[]}): Root {
  const {site, title} = input;
  const target = /^[a-z][a-z\d+.-]*:/i.test(input.to) ? input.to : absoluteUrl(site, input.to);
  return createDocument({
    site,
    title: pageTitle(site, title),
    shareTitle: title,
    canonical: target,
    type: 'website',
    nav: input.nav,
    styles: input.styles,
    extra: [h('meta', {httpEquiv: 'refresh', content: `0; url=${target}`}), h('meta', {name: 'robots', content: 'noindex'})],
    main: [h('h1', 'This page has moved'), h('p', ['Continue to ', h('a', {href: target}, title), '.'])]
  });
}
