import {absoluteUrl, type Instant, type NavLink, type SiteConfig} from '@folio/core';
import type {Root} from 'hast';
import {h} from 'hastscript';
import {articleBody} from './article-body.js';
import {createDocument} from './document.js';
import {isSameDay} from './format-date.js';
import {lines} from './lines.js';
import {pageTitle} from './page-title.js';
import {timeElement} from './time.js';

/** The page of one post: title, dates, and the rendered body. */
export function layoutPost(input: {
  site: SiteConfig;
  url: string;
  title: string;
  description?: string;
  published: Instant;
  updated?: Instant;
  content: Root;
  nav?: readonly NavLink[];
  styles?: readonly string[];
}): Root {
  const {site, title, published, updated} = input;
  const meta = h('p.post-meta', [timeElement(published)]);
  // An update on the day of publishing is not news to the reader.
  if (updated && !isSameDay(published, updated)) {
    meta.children.push({type: 'text', value: ' · '}, h('span.post-updated', ['Updated ', timeElement(updated)]));
  }
  const header = h('header.post-header', lines([h('h1', title), meta]));
  return createDocument({
    site,
    title: pageTitle(site, title),
    shareTitle: title,
    canonical: absoluteUrl(site, input.url),
    description: input.description,
    type: 'article',
    published,
    updated,
    current: input.url,
    nav: input.nav,
    styles: input.styles,
    main: [h('article.post', [...lines([header]), ...articleBody(input.content)])]
  });
}
