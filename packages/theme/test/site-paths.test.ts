import {describe, expect, it} from 'vitest';
import {feedUrl, styleSheetFile, styleSheetUrl} from '../src/site-paths.js';
import {testSite} from './helpers.js';

describe('site paths', () => {
  it('should make the feed URL root-relative', () => {
    expect(feedUrl(testSite())).toBe('/atom.xml');
  });

  it('should not double a leading slash of the feed path', () => {
    const site = testSite();
    expect(feedUrl({...site, feed: {...site.feed, path: '/feeds/all.xml'}})).toBe('/feeds/all.xml');
  });

  it('should serve the stylesheet from the root', () => {
    expect(styleSheetUrl).toBe(`/${styleSheetFile}`);
  });
});
