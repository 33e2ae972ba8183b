import {describe, expect, it} from 'vitest';
import {createSiteIndex} from '../src/site-index.js';
import {siteCatalogOf, siteViewOf, viewKeyOf} from '../src/site-view.js';
import type {FileFacts} from '../src/types.js';
import {testSite} from './helpers.js';

function post(path: string, url: string, anchors: string[], links: string[] = []): FileFacts {
  return {
    path,
    kind: 'post',
    url,
    plannedUrl: url,
    draft: false,
    anchors: anchors.map((id) => ({id, kind: 'heading' as const})),
    links: links.map((url) => ({url, kind: 'link' as const})),
    problems: []
  };
}

/** The view of `posts/a.md`, which links to a section of b, in a site of a, b and c. */
function viewOfA(b: FileFacts, c: FileFacts, links = ['./b.md#part']): string {
  const a = post('posts/a.md', '/a/', [], links);
  const index = createSiteIndex(testSite(), [a, b, c]);
  return siteViewOf(index, a, siteCatalogOf(index));
}

describe('siteViewOf', () => {
  const b = post('posts/b.md', '/b/', ['part']);
  const c = post('posts/c.md', '/c/', ['other']);

  it('should change when a page it links to changes its anchors or URL', () => {
    const before = viewOfA(b, c);
    expect(viewOfA(post('posts/b.md', '/b/', ['piece']), c)).not.toBe(before);
    expect(viewOfA(post('posts/b.md', '/b2/', ['part']), c)).not.toBe(before);
    expect(viewOfA({...b, draft: true, url: undefined} as unknown as FileFacts, c)).not.toBe(before);
  });

  it('should not change when a page it does not link to changes', () => {
    expect(viewOfA(b, post('posts/c.md', '/c/', ['renamed']))).toBe(viewOfA(b, c));
  });

  it('should change with anything in the site when a link is missing, since a suggestion can be anything', () => {
    const before = viewOfA(b, c, ['./nowhere.md']);
    expect(viewOfA(b, post('posts/c.md', '/c2/', ['other']), ['./nowhere.md'])).not.toBe(before);
  });

  it('should include the feed id recorded for the file', () => {
    const a = post('posts/a.md', '/a/', []);
    const index = createSiteIndex(testSite(), [a]);
    const plain = siteViewOf(index, a, siteCatalogOf(index));
    const recorded = {manifest: {version: 1, urls: {'/a/': {anchors: [], feedId: 'tag:example.com,2020:/a/'}}}, positions: new Map()} as unknown as NonNullable<typeof index.recorded>;
    const withRecord = createSiteIndex(testSite(), [a], [], [], recorded);
    expect(siteViewOf(withRecord, a, siteCatalogOf(withRecord))).not.toBe(plain);
  });
});

describe('viewKeyOf', () => {
  it('should change with what other files can see, and not with the rest', () => {
    const b = post('posts/b.md', '/b/', ['part'], ['./a.md']);
    expect(viewKeyOf({...b, links: []})).toBe(viewKeyOf(b));
    expect(viewKeyOf({...b, title: 'Another title'})).toBe(viewKeyOf(b));
    expect(viewKeyOf(post('posts/b.md', '/b/', ['piece']))).not.toBe(viewKeyOf(b));
    expect(viewKeyOf(post('posts/b.md', '/b2/', ['part']))).not.toBe(viewKeyOf(b));
  });
});
