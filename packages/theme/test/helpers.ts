import {parseInstant, readSiteConfig, type Instant, type SiteConfig} from '@folio/core';
import type {Element, Nodes, Root} from 'hast';
import {h} from 'hastscript';
import {visit} from 'unist-util-visit';

export function testSite(overrides: Partial<SiteConfig> = {}): SiteConfig {
  const {config} = readSiteConfig(
    [
      'title: Something Similar',
      'description: Essays on software and the people who make it.',
      'baseUrl: https://www.somethingsimilar.com',
      'language: en',
      'timeZone: America/Los_Angeles',
      'author:',
      '  name: Jeff Hodges',
      '  uri: https://www.somethingsimilar.com/about/',
      'feed:',
      '  path: atom.xml'
    ].join('\n')
  );
  if (!config) throw new Error('Unexpected invalid test site config');
  return {...config, ...overrides};
}

export function instant(value: string, timeZone = 'America/Los_Angeles'): Instant {
  const result = parseInstant(value, timeZone);
  if (!result) throw new Error(`Unexpected invalid date \`${value}\``);
  return result;
}

/** A body as the html package renders it: permalinked sections and footnotes. */
export function testContent(): Root {
  return h(null, [
    h('p', ['Distributed systems are different', h('sup', h('a', {href: '#fn:1', id: 'fnref:1', dataFootnoteRef: true}, '1')), '.']),
    '\n',
    h('div.heading', [h('h2', {id: 'cap'}, 'CAP'), h('a.permalink', {href: '#cap', ariaLabel: 'Permalink: CAP'}, '#')]),
    '\n',
    h('blockquote', h('p', 'Quote me.')),
    '\n',
    h('pre', h('code', 'const x = 1;\n')),
    '\n',
    h('section.footnotes', {dataFootnotes: true}, [
      h('h2.sr-only', {id: 'footnote-label'}, 'Footnotes'),
      h('ol', h('li', {id: 'fn:1'}, h('p', ['A note. ', h('a', {href: '#fnref:1', dataFootnoteBackref: ''}, '↩')])))
    ])
  ]);
}

export function findAll(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

export function findOne(tree: Nodes, test: (element: Element) => boolean): Element | undefined {
  return findAll(tree, test)[0];
}

export function byTag(tagName: string): (element: Element) => boolean {
  return (element) => element.tagName === tagName;
}

/** The `content` of `<meta property=…>` or `<meta name=…>`. */
export function metaContent(tree: Nodes, key: string): unknown {
  const meta = findOne(tree, (e) => e.tagName === 'meta' && (e.properties.name === key || String(e.properties.property) === key));
  return meta?.properties.content;
}

export function linkHref(tree: Nodes, rel: string): unknown {
  const link = findOne(tree, (e) => e.tagName === 'link' && Array.isArray(e.properties.rel) && e.properties.rel.includes(rel));
  return link?.properties.href;
}

export function textOf(node: Nodes): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/** What every page's head must carry. */
export function headFacts(tree: Root): Record<string, unknown> {
  const title = findOne(tree, byTag('title'));
  return {
    lang: findOne(tree, byTag('html'))?.properties.lang,
    charset: findOne(tree, (e) => e.tagName === 'meta' && e.properties.charSet !== undefined)?.properties.charSet,
    viewport: metaContent(tree, 'viewport'),
    title: title ? textOf(title) : undefined,
    canonical: linkHref(tree, 'canonical'),
    feed: linkHref(tree, 'alternate'),
    stylesheet: linkHref(tree, 'stylesheet'),
    ogTitle: metaContent(tree, 'og:title'),
    ogType: metaContent(tree, 'og:type'),
    ogUrl: metaContent(tree, 'og:url'),
    ogSiteName: metaContent(tree, 'og:site_name')
  };
}

/** The head facts that do not change between pages of the test site. */
export const siteHead = {
  lang: 'en',
  charset: 'utf-8',
  viewport: 'width=device-width, initial-scale=1',
  feed: 'https://www.somethingsimilar.com/atom.xml',
  stylesheet: '/style.css',
  ogSiteName: 'Something Similar'
};

/** Every `href` and `src` in a tree. */
export function urlsOf(tree: Nodes): string[] {
  return findAll(tree, (e) => e.properties.href !== undefined || e.properties.src !== undefined).map((e) =>
    String(e.properties.href ?? e.properties.src)
  );
}

export const trickyTitle = 'Less <than> & "quoted"';
