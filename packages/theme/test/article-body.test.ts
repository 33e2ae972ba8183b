import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {articleBody} from '../src/article-body.js';

describe('articleBody', () => {
  it('should keep elements, text and comments', () => {
    const content = h(null, [h('p', 'a'), '\n', {type: 'comment', value: 'c'}]);
    expect(articleBody(content)).toEqual(content.children);
  });

  it('should drop a doctype', () => {
    expect(articleBody({type: 'root', children: [{type: 'doctype'}, h('p', 'a')]})).toEqual([h('p', 'a')]);
  });
});
