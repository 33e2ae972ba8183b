import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {headElements, type HeadOptions} from '../src/head.js';
import {byTag, findOne, instant, linkHref, metaContent, testSite, textOf} from './helpers.js';

function head(options: Partial<HeadOptions> = {}) {
  return h('head', headElements({
    site: testSite(),
    title: 'Notes — Something Similar',
    shareTitle: 'Notes',
    canonical: 'https://www.somethingsimilar.com/2013/01/14/notes/',
    type: 'article',
    ...options
  }));
}

describe('headElements', () => {
  it('should start with the charset, then the viewport', () => {
    const [charset, viewport] = head().children;
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
    expect(metaContent(head(), 'article:published_time')).toBeUndefined();
    const tree = head({published: instant('2013-01-14'), updated: instant('2013-02-01')});
    expect(metaContent(tree, 'article:published_time')).toBe('2013-01-14T00:00:00-08:00');
    expect(metaContent(tree, 'article:modified_time')).toBe('2013-02-01T00:00:00-08:00');
  });

  it('should add a layout’s extra elements', () => {
    const tree = head({extra: [h('meta', {name: 'robots', content: 'noindex'})]});
    expect(metaContent(tree, 'robots')).toBe('noindex');
  });
});

describe('headElements with the site\'s own stylesheets', () => {
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
