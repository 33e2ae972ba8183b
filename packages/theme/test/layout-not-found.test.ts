import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutNotFound} from '../src/index.js';
import {byTag, findAll, headFacts, metaContent, siteHead, testSite, textOf, urlsOf} from './helpers.js';

describe('layoutNotFound', () => {
  it('should have the required head elements', () => {
    expect(headFacts(layoutNotFound({site: testSite()}))).toEqual({
      ...siteHead,
      title: 'Page not found — Something Similar',
      canonical: undefined,
      ogTitle: 'Page not found',
      ogType: 'website',
      ogUrl: undefined
    });
  });

  it('should name no canonical address and no og:url, as it is served from any path', () => {
    const html = toHtml(layoutNotFound({site: testSite()}));
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
    expect(html).not.toContain('404.html');
    expect(metaContent(layoutNotFound({site: testSite()}), 'twitter:card')).toBe('summary');
  });

  it('should ask search engines not to index it', () => {
    expect(metaContent(layoutNotFound({site: testSite()}), 'robots')).toBe('noindex');
  });

  it('should link home from the page', () => {
    const main = findAll(layoutNotFound({site: testSite()}), byTag('main'))[0];
    expect(main && findAll(main, byTag('a')).map((a) => [a.properties.href, textOf(a)])).toContainEqual(['/', 'home page']);
  });

  it('should only have root-relative or absolute URLs, as it is served from any path', () => {
    const urls = urlsOf(layoutNotFound({site: testSite()}));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^(\/[^/]|\/$|https?:\/\/|#main-content$)/);
  });

  it('should match the snapshot', async () => {
    await expect(toHtml(layoutNotFound({site: testSite()}))).toMatchFileSnapshot('./__snapshots__/404.html');
  });
});
