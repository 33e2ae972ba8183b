import {absoluteUrl, siteHref, type Instant, type NavLink, type SiteConfig} from '@folio/core';
import type {Root} from 'hast';
import {h} from 'hastscript';
import {articleBody} from './article-body.js';
import {createDocument} from './document.js';
import {fillLayout} from './fill-layout.js';
import {isSameDay} from './format-date.js';
import {lines} from './lines.js';
import {pageTitle} from './page-title.js';
import {firstImageUrl, shareImageUrl} from './share-tags.js';
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
  /** The picture to share from front matter (a site path or absolute URL); else the body's first image. */
  image?: string | undefined;
  styles?: readonly string[];
}): Root {
  const {site, title, published, updated} = input;
  const meta = h('p.post-meta', [timeElement(published)]);
  // An update on the day of publishing is not news to the reader.
  if (updated && !isSameDay(published, updated)) {
    meta.children.push({type: 'text', value: ' · '}, h('span.post-updated', ['Updated ', timeElement(updated)]));
  }
  const header = h('header.post-header', lines([h('h1', title), meta]));
  const canonical = absoluteUrl(site, input.url);
  const image = input.image === undefined ? firstImageUrl(input.content, canonical) : shareImageUrl(site, input.image);
  return createDocument({
    site,
    title: pageTitle(site, title),
    shareTitle: title,
    canonical,
    image,
    description: input.description,
    type: 'article',
    published,
    updated,
    current: input.url,
    nav: input.nav,
    styles: input.styles,
    main: site.layouts?.post
      ? fillLayout(site.layouts.post, {
          title,
          date: [timeElement(published)],
          updated: updated ? [timeElement(updated)] : undefined,
          meta: meta.children,
          description: input.description,
          url: siteHref(site, input.url),
          'site.title': site.title,
          content: articleBody(input.content)
        })
      : [h('article.post', [...lines([header]), ...articleBody(input.content)])]
  });
}
