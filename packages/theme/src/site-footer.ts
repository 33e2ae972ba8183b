import type {SiteConfig} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';

/** The site footer: who wrote it. No year, so output does not depend on the clock. */
export function siteFooter(site: SiteConfig): Element {
  const {name, uri} = site.author;
  return h('footer.site-footer', h('p', ['Written by ', uri ? h('a', {href: uri, rel: 'author'}, name) : name, '.']));
}
