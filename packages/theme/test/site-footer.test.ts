import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {siteFooter} from '../src/site-footer.js';
import {testSite} from './helpers.js';

describe('siteFooter', () => {
  it('should link the author when they have a URI', () => {
    expect(toHtml(siteFooter(testSite()))).toBe(
      '<footer class="site-footer"><p>Written by <a href="https://www.somethingsimilar.com/about/" rel="author">Jeff Hodges</a>.</p></footer>'
    );
  });

  it('should name the author without a link otherwise', () => {
    const site = testSite();
    expect(toHtml(siteFooter({...site, author: {name: 'Jeff'}}))).toBe('<footer class="site-footer"><p>Written by Jeff.</p></footer>');
  });
});
