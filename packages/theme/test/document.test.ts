import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutPage} from '../src/index.js';
import {byTag, findAll, findOne, testSite} from './helpers.js';

function page() {
  return layoutPage({site: testSite({language: 'en-US'}), url: '/t/', title: 'T', content: h(null, [h('p', 'Hello')])});
}

describe('every page', () => {
  it('should start with a doctype', () => {
    expect(page().children[0]).toEqual({type: 'doctype'});
    expect(toHtml(page())).toMatch(/^<!doctype html>\n<html lang="en-US">/);
  });

  it('should end with a line break', () => {
    expect(toHtml(page()).endsWith('</html>\n')).toBe(true);
  });

  it('should set the language of the site', () => {
    expect(findOne(page(), byTag('html'))?.properties.lang).toBe('en-US');
  });

  it('should start the body with a skip link to main', () => {
    const body = findOne(page(), byTag('body'));
    const first = body?.children.find((n) => n.type === 'element');
    expect(first && toHtml(first)).toBe('<a class="skip-link" href="#main-content">Skip to content</a>');
    expect(findOne(page(), byTag('main'))?.properties.id).toBe('main-content');
  });

  it('should put the skip link, then header, main and footer in body', () => {
    const html = findOne(page(), byTag('html'));
    expect(html?.children.flatMap((n) => (n.type === 'element' ? [n.tagName] : []))).toEqual(['head', 'body']);
    const body = findOne(page(), byTag('body'));
    expect(body?.children.flatMap((n) => (n.type === 'element' ? [n.tagName] : []))).toEqual(['a', 'header', 'main', 'footer']);
    // What goes in main, one element per line.
    expect(toHtml(findOne(page(), byTag('main')) ?? h(null))).toMatch(/^<main id="main-content">\n<article class="page">[^]*<p>Hello<\/p><\/article>\n<\/main>$/);
  });

  it('should have no scripts', () => {
    expect(findAll(page(), byTag('script'))).toEqual([]);
  });
});
