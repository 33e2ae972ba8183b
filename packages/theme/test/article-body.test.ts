import type {Root} from 'hast';
import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutPage} from '../src/index.js';
import {findOne, testSite} from './helpers.js';

/** What follows the page header in `<article>`, for a body of `content`. */
function articleBody(content: Root) {
  const article = findOne(layoutPage({site: testSite(), url: '/about/', title: 'About', content}), (element) => element.tagName === 'article');
  const header = article?.children.findIndex((child) => child.type === 'element' && child.tagName === 'header') ?? -1;
  // The header sits between line breaks; the body comes after them.
  return article?.children.slice(header + 2);
}

describe('an article’s body', () => {
  it('should keep elements, text and comments', () => {
    const content = h(null, [h('p', 'a'), '\n', {type: 'comment', value: 'c'}]);
    expect(articleBody(content)).toEqual(content.children);
  });

  it('should drop a doctype', () => {
    expect(articleBody({type: 'root', children: [{type: 'doctype'}, h('p', 'a')]})).toEqual([h('p', 'a')]);
  });
});
