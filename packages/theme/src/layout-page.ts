import {absoluteUrl, siteHref, type NavLink, type SiteConfig} from '@folio/core';
import type {Root} from 'hast';
import {h} from 'hastscript';
import {articleBody} from './article-body.js';
import {createDocument} from './document.js';
import {fillLayout} from './fill-layout.js';
import {lines} from './lines.js';
import {pageTitle} from './page-title.js';

/** A standalone page, such as `/about/`. */
export function layoutPage(input: {site: SiteConfig; url: string; title: string; description?: string; content: Root; nav?: readonly NavLink[]; styles?: readonly string[]}): Root {
  const {site, title} = input;
  const header = h('header.page-header', lines([h('h1', title)]));
  return createDocument({
    site,
    title: pageTitle(site, title),
    shareTitle: title,
    canonical: absoluteUrl(site, input.url),
    description: input.description,
    type: 'website',
    styles: input.styles,
    current: input.url,
    nav: input.nav,
    main: site.layouts?.page
      ? fillLayout(site.layouts.page, {title, description: input.description, url: siteHref(site, input.url), 'site.title': site.title, content: articleBody(input.content)})
      : [h('article.page', [...lines([header]), ...articleBody(input.content)])]
  });
}
