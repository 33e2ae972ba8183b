import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutIndex, layoutPage} from '../src/index.js';
import {findOne, instant, testSite} from './helpers.js';

/** The home page's `<main>`, written, for posts with these titles. */
function listing(titles: string[]): string {
  const posts = titles.map((title, index) => ({title, url: `/2013/01/1${index}/p/`, published: instant(`2013-01-1${index}`)}));
  const main = findOne(layoutIndex({site: testSite(), posts}), (element) => element.tagName === 'main');
  return main ? toHtml(main) : '';
}

describe('one element per line', () => {
  it('should put a line break around every child', () => {
    expect(listing(['a', 'b'])).toMatch(/<ol class="post-list">\n<li>\n<h2>.*a<\/a><\/h2>\n<p class="post-meta">.*<\/p>\n<\/li>\n<li>\n<h2>.*b<\/a><\/h2>\n.*\n<\/li>\n<\/ol>/);
  });

  it('should give a lone line break for no children', () => {
    const header = findOne(layoutPage({site: testSite(), url: '/about/', title: 'About', content: h(null, []), nav: []}), (element) => element.tagName === 'nav');
    expect(header && toHtml(header)).toBe('<nav><ul>\n</ul></nav>');
  });
});
