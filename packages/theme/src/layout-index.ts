import {absoluteUrl, type SiteConfig} from '@folio/core';
import type {Element, ElementContent, Root} from 'hast';
import {h} from 'hastscript';
import {createDocument} from './document.js';
import {lines} from './lines.js';
import {timeElement} from './time.js';
import type {PostSummary} from './types.js';

function postItem(post: PostSummary): Element {
  const children: ElementContent[] = [h('h2', h('a', {href: post.url}, post.title)), h('p.post-meta', timeElement(post.published))];
  if (post.description) children.push(h('p.post-description', post.description));
  return h('li', lines(children));
}

/** The home page: every post, in the order given (newest first). */
export function layoutIndex(input: {site: SiteConfig; posts: PostSummary[]}): Root {
  const {site, posts} = input;
  const main: ElementContent[] = [];
  if (site.description) main.push(h('p.site-description', site.description));
  main.push(posts.length > 0 ? h('ol.post-list', lines(posts.map(postItem))) : h('p', 'No posts yet.'));
  return createDocument({
    site,
    title: site.title,
    shareTitle: site.title,
    canonical: absoluteUrl(site, '/'),
    description: site.description || undefined,
    type: 'website',
    current: '/',
    main
  });
}
