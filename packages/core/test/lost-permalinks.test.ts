import {describe, expect, it} from 'vitest';
import {createSiteIndex, lostPermalinksOf, recordPermalinks, removedPermalinksOf, type FileFacts, type PermalinkManifest} from '@folio/core';
import {testSite} from './helpers.js';

const date = {year: 2020, month: 1, day: 1, epochMs: 0, rfc3339: '2020-01-01T00:00:00Z'};

function post(path: string, url: string | undefined, anchors: string[], aliases: string[] = []): FileFacts {
  return {
    path,
    kind: 'post',
    ...(url === undefined ? {} : {url, plannedUrl: url}),
    post: {title: path, date, slug: path, draft: false, aliases, explicitIds: false} as unknown as NonNullable<FileFacts['post']>,
    draft: false,
    anchors: anchors.map((id) => ({id, kind: 'heading' as const})),
    links: [],
    problems: []
  };
}

function indexOf(files: FileFacts[], manifest: PermalinkManifest) {
  return createSiteIndex(testSite(), files, [], ['/atom.xml'], recordPermalinks(manifest));
}

describe('lostPermalinksOf', () => {
  it('should list the anchors, URLs and feed ids a file published and lost, and nothing retired', () => {
    const a = post('posts/a.md', '/a2/', ['kept'], ['/a3/']);
    const index = indexOf([a], {
      version: 1,
      urls: {
        '/a/': {anchors: [], source: 'posts/a.md'},
        '/a2/': {anchors: ['kept', 'gone', 'old'], feedId: 'tag:a'},
        '/a3/': {anchors: [], feedId: 'tag:b'},
        '/atom.xml': {anchors: [], source: 'posts/a.md'}
      },
      retired: {'/a2/#old': 'Merged.'}
    });
    expect(lostPermalinksOf(index, a)).toEqual([
      {kind: 'url', url: '/a/'},
      {kind: 'anchor', url: '/a2/', id: 'gone'},
      {kind: 'feed-id', url: '/a3/', feedId: 'tag:b'}
    ]);
  });

  it('should leave a feed id that another post keeps, and a URL another file produces now', () => {
    const a = post('posts/a.md', '/a/', [], ['/b-old/']);
    const b = post('posts/b.md', '/b/', [], ['/old/']);
    const index = indexOf([a, b], {
      version: 1,
      urls: {'/a/': {anchors: [], feedId: 'tag:a'}, '/b-old/': {anchors: [], feedId: 'tag:b'}, '/b/': {anchors: [], feedId: 'tag:b'}, '/old/': {anchors: [], source: 'posts/a.md'}}
    });
    expect(lostPermalinksOf(index, a)).toEqual([]);
  });

  it('should not report the URLs of a post whose front matter is in error, unless asked to', () => {
    const broken: FileFacts = {...post('posts/a.md', undefined, []), problems: [{ruleId: 'front-matter', reason: 'Unexpected date'}]};
    const index = indexOf([broken], {version: 1, urls: {'/a/': {anchors: [], source: 'posts/a.md'}}});
    expect(lostPermalinksOf(index, broken)).toEqual([]);
    expect(lostPermalinksOf(index, broken, {ignoreUnpublishable: false})).toEqual([{kind: 'url', url: '/a/'}]);
    expect(removedPermalinksOf(index)).toEqual([]);
  });
});

describe('removedPermalinksOf', () => {
  it('should list recorded URLs nothing produces whose source is gone or unknown', () => {
    const a = post('posts/a.md', '/a/', []);
    const index = indexOf([a], {
      version: 1,
      urls: {'/a/': {anchors: []}, '/gone/': {anchors: [], source: 'posts/gone.md'}, '/moved/': {anchors: [], source: 'posts/a.md'}, '/unnamed/': {anchors: []}, '/retired/': {anchors: []}},
      retired: {'/retired/': 'Withdrawn.'}
    });
    expect(removedPermalinksOf(index)).toEqual(['/gone/', '/unnamed/']);
  });
});
