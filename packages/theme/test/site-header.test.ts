import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {siteHeader} from '../src/site-header.js';
import {byTag, findAll, testSite} from './helpers.js';

describe('siteHeader', () => {
  it('should link home, the about page and the feed', () => {
    const hrefs = findAll(siteHeader(testSite()), byTag('a')).map((a) => a.properties.href);
    expect(hrefs).toEqual(['/', '/about/', '/atom.xml']);
  });

  it('should make the site title the heading of the home page only', () => {
    expect(toHtml(siteHeader(testSite(), '/'))).toContain('<h1 class="site-title">');
    expect(toHtml(siteHeader(testSite(), '/about/'))).toContain('<p class="site-title">');
    expect(toHtml(siteHeader(testSite()))).toContain('<p class="site-title">');
  });

  it('should mark the link to the current page', () => {
    const current = findAll(siteHeader(testSite(), '/about/'), (e) => e.properties.ariaCurrent === 'page');
    expect(current.map((a) => a.properties.href)).toEqual(['/about/']);
  });
});
