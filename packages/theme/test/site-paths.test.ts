import type {SiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {layoutNotFound, themeFiles} from '../src/index.js';
import {findAll, linkHref, testSite, textOf} from './helpers.js';

/** Where the 404 page's `feed` link goes (root-relative: the page is served from any path). */
function feedLink(site: SiteConfig): unknown {
  return findAll(layoutNotFound({site}), (element) => element.tagName === 'a' && textOf(element) === 'feed')[0]?.properties.href;
}

describe('site paths', () => {
  it('should make the feed URL root-relative', () => {
    expect(feedLink(testSite())).toBe('/atom.xml');
  });

  it('should not double a leading slash of the feed path', () => {
    const site = testSite();
    expect(feedLink({...site, feed: {...site.feed, path: '/feeds/all.xml'}})).toBe('/feeds/all.xml');
  });

  it('should serve the stylesheet from the root', () => {
    const stylesheet = linkHref(layoutNotFound({site: testSite()}), 'stylesheet');
    expect(stylesheet).toBe('/style.css');
    expect(themeFiles().map((file) => `/${file.path}`)).toContain(stylesheet);
  });
});
