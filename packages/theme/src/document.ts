import type {NavLink} from '@folio/core';
import type {ElementContent, Root} from 'hast';
import {h} from 'hastscript';
import {headElements, type HeadOptions} from './head.js';
import {lines} from './lines.js';
import {siteFooter} from './site-footer.js';
import {siteHeader} from './site-header.js';

export interface DocumentOptions extends HeadOptions {
  /** Site path of this page, to mark its navigation link as current. */
  current?: string | undefined;
  /** The header's links (see `siteHeader`). */
  nav?: readonly NavLink[] | undefined;
  /** What goes in `<main>`. */
  main: ElementContent[];
}

/** The id of `<main>`, which the skip link targets; the page's content uses no such id. */
export const mainId = 'main-content';

/** A whole page: doctype, head, and the site header and footer around `main`. */
export function createDocument(options: DocumentOptions): Root {
  const {site} = options;
  // The skip link comes first, so a keyboard reaches the text in one step past the header.
  const skip = h('a.skip-link', {href: `#${mainId}`}, 'Skip to content');
  const body = h('body', lines([skip, siteHeader(site, options.current, options.nav), h('main', {id: mainId}, lines(options.main)), siteFooter(site)]));
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      {type: 'text', value: '\n'},
      h('html', {lang: site.language}, lines([h('head', lines(headElements(options))), body])),
      {type: 'text', value: '\n'}
    ]
  };
}
