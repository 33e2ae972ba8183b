import {describe, expect, it} from 'vitest';
import {createSiteIndex, generatedPaths, type FileFacts} from '../src/index.js';
import {testSite} from './helpers.js';

function file(path: string, url?: string): FileFacts {
  return {path, kind: 'post', draft: url === undefined, anchors: [], links: [], problems: [], ...(url === undefined ? {} : {url})};
}

describe('createSiteIndex', () => {
  it('should index files by path and published pages by URL', () => {
    const index = createSiteIndex(testSite(), [file('posts/b.md', '/b/'), file('posts/draft.md')], ['images/x.svg'], ['/atom.xml']);
    expect([...index.files.keys()]).toEqual(['posts/b.md', 'posts/draft.md']);
    expect([...index.pages.keys()]).toEqual(['/b/']);
    expect(index.assets).toEqual(new Set(['images/x.svg']));
    expect(index.generated).toEqual(new Set(['/atom.xml']));
  });

  it('should give a URL claimed twice to the first file by path, whatever the input order', () => {
    const index = createSiteIndex(testSite(), [file('posts/z.md', '/same/'), file('posts/a.md', '/same/')]);
    expect(index.pages.get('/same/')?.path).toBe('posts/a.md');
    expect([...index.files.keys()]).toEqual(['posts/a.md', 'posts/z.md']);
  });

  it('should default to no assets and no generated outputs', () => {
    const index = createSiteIndex(testSite(), []);
    expect(index.assets.size).toBe(0);
    expect(index.generated.size).toBe(0);
  });
});

describe('generatedPaths', () => {
  it('should list what the build writes besides pages, with the feed at its configured path', () => {
    const site = {...testSite(), feed: {path: 'feed.xml', entries: 0}};
    expect(generatedPaths(site)).toEqual(['/', '/404.html', '/feed.xml', '/style.css', '/favicon.svg', '/apple-touch-icon.png', '/permalinks.json', '/sitemap.xml', '/robots.txt']);
  });
});
