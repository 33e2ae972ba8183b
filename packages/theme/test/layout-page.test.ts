import {fromHtml} from 'hast-util-from-html';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutPage} from '../src/index.js';
import {byTag, findAll, findOne, headFacts, metaContent, siteHead, testSite, textOf, trickyTitle} from './helpers.js';

function page(title = 'About') {
  return layoutPage({
    site: testSite(),
    url: '/about/',
    title,
    description: 'Who writes this.',
    content: h(null, [h('p', 'I write about software.'), '\n']),
    nav: [
      {title: 'About', url: '/about/'},
      {title: 'Feed', url: '/atom.xml'}
    ]
  });
}

describe('layoutPage', () => {
  it('should have the required head elements', () => {
    expect(headFacts(page())).toEqual({
      ...siteHead,
      title: 'About — Something Similar',
      canonical: 'https://www.somethingsimilar.com/about/',
      ogTitle: 'About',
      ogType: 'website',
      ogUrl: 'https://www.somethingsimilar.com/about/'
    });
    expect(metaContent(page(), 'description')).toBe('Who writes this.');
  });

  it('should have the title as the heading and the body in the article', () => {
    const article = findOne(page(), byTag('article'));
    expect(article && textOf(findOne(article, byTag('h1')) ?? article)).toBe('About');
    expect(article && textOf(article)).toContain('I write about software.');
  });

  it('should have no dates', () => {
    expect(findAll(page(), byTag('time'))).toEqual([]);
    expect(metaContent(page(), 'article:published_time')).toBeUndefined();
  });

  it('should mark its navigation link as current', () => {
    expect(findAll(page(), (e) => e.properties.ariaCurrent === 'page').map((e) => e.properties.href)).toEqual(['/about/']);
  });

  it('should escape the title', () => {
    const html = toHtml(page(trickyTitle));
    expect(findAll(fromHtml(html), byTag('than'))).toEqual([]);
    expect(textOf(findOne(fromHtml(html), byTag('h1')) ?? h(null))).toBe(trickyTitle);
  });

  it('should be deterministic', () => {
    expect(toHtml(page())).toBe(toHtml(page()));
  });

  it('should match the snapshot', async () => {
    await expect(toHtml(page())).toMatchFileSnapshot('./__snapshots__/page.html');
  });
});
