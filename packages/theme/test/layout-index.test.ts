import {fromHtml} from 'hast-util-from-html';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutIndex, type PostSummary} from '../src/index.js';
import {byTag, findAll, findOne, headFacts, instant, metaContent, siteHead, testSite, textOf, trickyTitle} from './helpers.js';

const posts: PostSummary[] = [
  {url: '/2019/12/01/newest/', title: 'Newest', published: instant('2019-12-01'), description: 'The latest one.'},
  {url: '/2013/01/14/notes/', title: 'Notes', published: instant('2013-01-14')}
];

describe('layoutIndex', () => {
  it('should have the required head elements', () => {
    expect(headFacts(layoutIndex({site: testSite(), posts}))).toEqual({
      ...siteHead,
      title: 'Something Similar',
      canonical: 'https://www.somethingsimilar.com/',
      ogTitle: 'Something Similar',
      ogType: 'website',
      ogUrl: 'https://www.somethingsimilar.com/'
    });
  });

  it('should describe the site', () => {
    const tree = layoutIndex({site: testSite(), posts});
    expect(metaContent(tree, 'description')).toBe('Essays on software and the people who make it.');
    expect(metaContent(layoutIndex({site: testSite({description: ''}), posts}), 'description')).toBeUndefined();
  });

  it('should list the posts in the order given, with title link, date and description', () => {
    const items = findAll(layoutIndex({site: testSite(), posts}), byTag('li')).filter((li) => findOne(li, byTag('time')));
    expect(
      items.map((li) => ({
        href: findOne(li, byTag('a'))?.properties.href,
        title: textOf(findOne(li, byTag('h2')) ?? li),
        date: textOf(findOne(li, byTag('time')) ?? li),
        description: findAll(li, (e) => e.tagName === 'p' && e.properties.className?.toString() === 'post-description').map(textOf)
      }))
    ).toEqual([
      {href: '/2019/12/01/newest/', title: 'Newest', date: 'December 1, 2019', description: ['The latest one.']},
      {href: '/2013/01/14/notes/', title: 'Notes', date: 'January 14, 2013', description: []}
    ]);
  });

  it('should say so when there are no posts', () => {
    const tree = layoutIndex({site: testSite(), posts: []});
    expect(findAll(tree, byTag('ol'))).toEqual([]);
    expect(textOf(findOne(tree, byTag('main')) ?? tree)).toContain('No posts yet.');
  });

  it('should make the site title the page’s heading', () => {
    expect(textOf(findOne(layoutIndex({site: testSite(), posts}), byTag('h1')) ?? h(null))).toBe('Something Similar');
  });

  it('should escape titles', () => {
    const html = toHtml(layoutIndex({site: testSite({title: trickyTitle}), posts: [{...posts[1]!, title: trickyTitle}]}));
    expect(findAll(fromHtml(html), byTag('than'))).toEqual([]);
    const tree = fromHtml(html);
    expect(textOf(findOne(tree, byTag('title')) ?? tree)).toBe(trickyTitle);
    expect(textOf(findOne(tree, byTag('h2')) ?? tree)).toBe(trickyTitle);
    expect(findOne(tree, (e) => e.tagName === 'link' && e.properties.type === 'application/atom+xml')?.properties.title).toBe(trickyTitle);
  });

  it('should be deterministic', () => {
    expect(toHtml(layoutIndex({site: testSite(), posts}))).toBe(toHtml(layoutIndex({site: testSite(), posts})));
  });

  it('should match the snapshot', async () => {
    await expect(toHtml(layoutIndex({site: testSite(), posts}))).toMatchFileSnapshot('./__snapshots__/index.html');
  });
});
