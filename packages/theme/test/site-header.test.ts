import type {SiteConfig} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutIndex, layoutNotFound, layoutPage} from '../src/index.js';
import {byTag, findAll, findOne, testSite} from './helpers.js';

type Nav = Array<{title: string; url: string}>;

/** The site header of a page at `current` (the home page at `/`; a page at no URL is the 404 page). */
function siteHeader(site: SiteConfig, current?: string, nav?: Nav): Element {
  const tree =
    current === undefined
      ? layoutNotFound({site, ...(nav ? {nav} : {})})
      : current === '/'
        ? layoutIndex({site, posts: [], ...(nav ? {nav} : {})})
        : layoutPage({site, url: current, title: 'T', content: h(null, []), ...(nav ? {nav} : {})});
  const header = findOne(tree, (element) => element.tagName === 'header' && String(element.properties.className).includes('site-header'));
  if (!header) throw new Error('Expected a site header');
  return header;
}

describe('siteHeader', () => {
  const nav = [
    {title: 'About', url: '/about/'},
    {title: 'Elsewhere', url: 'https://elsewhere.example/'},
    {title: 'Feed', url: '/atom.xml'}
  ];

  it('should link home and the nav links in their order', () => {
    const hrefs = findAll(siteHeader(testSite(), undefined, nav), byTag('a')).map((a) => a.properties.href);
    expect(hrefs).toEqual(['/', '/about/', 'https://elsewhere.example/', '/atom.xml']);
  });

  it('should link only home and the feed without a nav, never a page that may not exist', () => {
    const hrefs = findAll(siteHeader(testSite()), byTag('a')).map((a) => a.properties.href);
    expect(hrefs).toEqual(['/', '/atom.xml']);
  });

  it('should put the base path in front of site paths, not of other URLs', () => {
    const site = testSite({baseUrl: 'https://name.github.io/repo'});
    const hrefs = findAll(siteHeader(site, '/about/', nav), byTag('a')).map((a) => a.properties.href);
    expect(hrefs).toEqual(['/repo/', '/repo/about/', 'https://elsewhere.example/', '/repo/atom.xml']);
    expect(findAll(siteHeader(site, '/about/', nav), (e) => e.properties.ariaCurrent === 'page').map((a) => a.properties.href)).toEqual(['/repo/about/']);
  });

  it('should make the site title the heading of the home page only', () => {
    expect(toHtml(siteHeader(testSite(), '/'))).toContain('<h1 class="site-title">');
    expect(toHtml(siteHeader(testSite(), '/about/'))).toContain('<p class="site-title">');
    expect(toHtml(siteHeader(testSite()))).toContain('<p class="site-title">');
  });

  it('should mark the link to the current page', () => {
    const current = findAll(siteHeader(testSite(), '/about/', nav), (e) => e.properties.ariaCurrent === 'page');
    expect(current.map((a) => a.properties.href)).toEqual(['/about/']);
  });
});
