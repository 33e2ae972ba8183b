import type {SiteConfig} from '@folio/core';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutPage} from '../src/index.js';
import {findOne, testSite} from './helpers.js';

function siteFooter(site: SiteConfig): string {
  const footer = findOne(layoutPage({site, url: '/about/', title: 'About', content: h(null, [])}), (element) => element.tagName === 'footer');
  return footer ? toHtml(footer) : '';
}

describe('the site footer', () => {
  it('should link the author when they have a URI', () => {
    expect(siteFooter(testSite())).toBe(
      '<footer class="site-footer"><p>Written by <a href="https://www.somethingsimilar.com/about/" rel="author">Jeff Hodges</a>.</p></footer>'
    );
  });

  it('should name the author without a link otherwise', () => {
    const site = testSite();
    expect(siteFooter({...site, author: {name: 'Jeff'}})).toBe('<footer class="site-footer"><p>Written by Jeff.</p></footer>');
  });
});
