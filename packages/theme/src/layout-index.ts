import {absoluteUrl, siteHref, type NavLink, type SiteConfig} from '@folio/core';
import type {Element, ElementContent, Root} from 'hast';
import {h} from 'hastscript';
import {createDocument} from './document.js';
import {lines} from './lines.js';
import {pageTitle} from './page-title.js';
import {timeElement} from './time.js';
import type {PostSummary} from './types.js';

function postItem(site: SiteConfig, post: PostSummary): Element {
  const children: ElementContent[] = [h('h2', h('a', {href: siteHref(site, post.url)}, post.title)), h('p.post-meta', timeElement(post.published))];
  if (post.description) children.push(h('p.post-description', post.description));
  return h('li', lines(children));
}

/**
 * The home page, or with `section` the index page of a section: every
 * post, in the order given (newest first).
 */
export function layoutIndex(input: {site: SiteConfig; posts: PostSummary[]; nav?: readonly NavLink[]; section?: {title: string; url: string}; styles?: readonly string[]}): Root {
  const {site, posts, section} = input;
  const main: ElementContent[] = [];
  if (section) main.push(h('h1', section.title));
  else if (site.description) main.push(h('p.site-description', site.description));
  main.push(posts.length > 0 ? h('ol.post-list', lines(posts.map((post) => postItem(site, post)))) : h('p', 'No posts yet.'));
  return createDocument({
    site,
    title: section ? pageTitle(site, section.title) : site.title,
    shareTitle: section ? section.title : site.title,
    canonical: absoluteUrl(site, section ? section.url : '/'),
    description: section ? undefined : site.description || undefined,
    type: 'website',
    current: section ? section.url : '/',
    nav: input.nav,
    styles: input.styles,
    main
  });
}
