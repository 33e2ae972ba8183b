import type {Instant} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutNotFound, layoutPage, layoutPost} from '../src/index.js';
import {byTag, findOne, instant, linkHref, metaContent, testSite, textOf} from './helpers.js';

interface PostHead {
  description?: string;
  updated?: Instant;
  styles?: string[];
}

/** The `<head>` of a post, `Notes`, published 2013-01-14. */
function head(options: PostHead = {}): Element {
  const tree = layoutPost({
    site: testSite(),
    url: '/2013/01/14/notes/',
    title: 'Notes',
    published: instant('2013-01-14'),
    content: h(null, []),
    ...options
  });
  const found = findOne(tree, byTag('head'));
  if (!found) throw new Error('Expected a head');
  return found;
}

describe('the head of a page', () => {
  it('should start with the charset, then the viewport', () => {
    const [charset, viewport] = head().children.filter((node) => node.type === 'element');
    expect(charset).toMatchObject({tagName: 'meta', properties: {charSet: 'utf-8'}});
    expect(viewport).toMatchObject({tagName: 'meta', properties: {name: 'viewport'}});
  });

  it('should have the title', () => {
    expect(textOf(findOne(head(), byTag('title')) ?? h(null))).toBe('Notes — Something Similar');
  });

  it('should link the canonical URL, the feed and the stylesheet', () => {
    const tree = head();
    expect(linkHref(tree, 'canonical')).toBe('https://www.somethingsimilar.com/2013/01/14/notes/');
    expect(linkHref(tree, 'alternate')).toBe('https://www.somethingsimilar.com/atom.xml');
    expect(findOne(tree, (e) => e.properties.rel !== undefined && String(e.properties.rel) === 'alternate')?.properties)
      .toMatchObject({type: 'application/atom+xml', title: 'Something Similar'});
    expect(linkHref(tree, 'stylesheet')).toBe('/style.css');
  });

  it('should have Open Graph basics', () => {
    const tree = head();
    expect(metaContent(tree, 'og:title')).toBe('Notes');
    expect(metaContent(tree, 'og:type')).toBe('article');
    expect(metaContent(tree, 'og:url')).toBe('https://www.somethingsimilar.com/2013/01/14/notes/');
    expect(metaContent(tree, 'og:site_name')).toBe('Something Similar');
  });

  it('should add the description only when there is one', () => {
    expect(metaContent(head(), 'description')).toBeUndefined();
    expect(metaContent(head(), 'og:description')).toBeUndefined();
    const tree = head({description: 'On CAP.'});
    expect(metaContent(tree, 'description')).toBe('On CAP.');
    expect(metaContent(tree, 'og:description')).toBe('On CAP.');
  });

  it('should add the published and modified times when given', () => {
    expect(metaContent(layoutPage({site: testSite(), url: '/about/', title: 'About', content: h(null, [])}), 'article:published_time')).toBeUndefined();
    const tree = head({updated: instant('2013-02-01')});
    expect(metaContent(tree, 'article:published_time')).toBe('2013-01-14T00:00:00-08:00');
    expect(metaContent(tree, 'article:modified_time')).toBe('2013-02-01T00:00:00-08:00');
  });

  it('should add a layout’s extra elements', () => {
    expect(metaContent(head(), 'robots')).toBeUndefined();
    expect(metaContent(layoutNotFound({site: testSite()}), 'robots')).toBe('noindex');
  });
});

describe('the head with the site\'s own stylesheets', () => {
  it('should link them after the theme\'s, in order', () => {
    const tree = head({styles: ['/theme/style.css']});
    const sheets = tree.children.filter((e) => e.type === 'element' && e.tagName === 'link' && String(e.properties.rel) === 'stylesheet');
    expect(sheets.map((e) => e.type === 'element' && e.properties.href)).toEqual(['/style.css', '/theme/style.css']);
  });

  it('should link only the theme\'s when the site has none', () => {
    const sheets = head().children.filter((e) => e.type === 'element' && e.tagName === 'link' && String(e.properties.rel) === 'stylesheet');
    expect(sheets).toHaveLength(1);
  });
});
