import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutPost} from '../src/index.js';
import {
  byTag,
  findAll,
  findOne,
  headFacts,
  instant,
  metaContent,
  siteHead,
  testContent,
  testSite,
  textOf,
  trickyTitle
} from './helpers.js';

function post(overrides: Partial<Parameters<typeof layoutPost>[0]> = {}) {
  return layoutPost({
    site: testSite(),
    url: '/2013/01/14/notes-on-distributed-systems-for-young-bloods/',
    title: 'Notes on Distributed Systems for Young Bloods',
    description: 'Some thoughts for engineers new to distributed systems.',
    published: instant('2013-01-14T08:15:00-08:00'),
    updated: instant('2013-03-02'),
    content: testContent(),
    ...overrides
  });
}

describe('layoutPost', () => {
  it('should have the required head elements', () => {
    expect(headFacts(post())).toEqual({
      ...siteHead,
      title: 'Notes on Distributed Systems for Young Bloods — Something Similar',
      canonical: 'https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods/',
      ogTitle: 'Notes on Distributed Systems for Young Bloods',
      ogType: 'article',
      ogUrl: 'https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods/'
    });
  });

  it('should describe the post and when it was published', () => {
    const tree = post();
    expect(metaContent(tree, 'description')).toBe('Some thoughts for engineers new to distributed systems.');
    expect(metaContent(tree, 'og:description')).toBe('Some thoughts for engineers new to distributed systems.');
    expect(metaContent(tree, 'article:published_time')).toBe('2013-01-14T08:15:00-08:00');
  });

  it('should leave out the description when there is none', () => {
    const tree = layoutPost({site: testSite(), url: '/2013/01/14/x/', title: 'X', published: instant('2013-01-14'), content: testContent()});
    expect(metaContent(tree, 'description')).toBeUndefined();
    expect(metaContent(tree, 'og:description')).toBeUndefined();
  });

  it('should have the title as the heading and the date as a time', () => {
    const heading = findOne(post(), (e) => e.tagName === 'article' && findOne(e, byTag('h1')) !== undefined);
    expect(textOf(findOne(heading ?? post(), byTag('h1')) ?? post())).toBe('Notes on Distributed Systems for Young Bloods');
    const times = findAll(post(), byTag('time'));
    expect(times.map((t) => [t.properties.dateTime, textOf(t)])).toEqual([
      ['2013-01-14T08:15:00-08:00', 'January 14, 2013'],
      ['2013-03-02T00:00:00-08:00', 'March 2, 2013']
    ]);
    expect(toHtml(post())).toContain('<span class="post-updated">Updated <time');
  });

  it('should not say “Updated” for an update on the day of publishing', () => {
    const tree = post({updated: instant('2013-01-14T22:00:00-08:00')});
    expect(findAll(tree, byTag('time'))).toHaveLength(1);
    expect(toHtml(tree)).not.toContain('Updated');
  });

  it('should not say “Updated” without an update', () => {
    const tree = layoutPost({site: testSite(), url: '/2013/01/14/x/', title: 'X', published: instant('2013-01-14'), content: testContent()});
    expect(toHtml(tree)).not.toContain('Updated');
    expect(metaContent(tree, 'article:modified_time')).toBeUndefined();
  });

  it('should embed the body inside the article', () => {
    const article = findOne(post(), byTag('article'));
    expect(article && findOne(article, (e) => e.properties.id === 'cap')).toBeDefined();
    expect(article && findOne(article, (e) => e.tagName === 'section')?.properties.className).toEqual(['footnotes']);
  });

  it('should not change the body it is given', () => {
    const content = testContent();
    layoutPost({site: testSite(), url: '/a/', title: 'A', published: instant('2013-01-14'), content});
    expect(content).toEqual(testContent());
  });

  it('should be deterministic', () => {
    expect(toHtml(post())).toBe(toHtml(post()));
  });

  it('should escape the title', () => {
    const html = toHtml(post({title: trickyTitle, description: trickyTitle}));
    expect(findAll(fromHtml(html), byTag('than'))).toEqual([]);
    const tree = fromHtml(html);
    expect(textOf(findOne(tree, byTag('title')) ?? tree)).toBe(`${trickyTitle} — Something Similar`);
    expect(textOf(findOne(tree, byTag('h1')) ?? tree)).toBe(trickyTitle);
    expect(metaContent(tree, 'og:title')).toBe(trickyTitle);
    expect(metaContent(tree, 'description')).toBe(trickyTitle);
  });

  it('should match the snapshot', async () => {
    await expect(toHtml(post())).toMatchFileSnapshot('./__snapshots__/post.html');
  });
});
