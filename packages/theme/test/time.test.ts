import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutPost} from '../src/index.js';
import {byTag, findOne, instant, testSite} from './helpers.js';

describe('a post’s time', () => {
  it('should carry the RFC 3339 moment and the human date', () => {
    const tree = layoutPost({site: testSite(), url: '/2013/01/14/x/', title: 'X', published: instant('2013-01-14T08:15:00-08:00'), content: h(null, [])});
    const time = findOne(tree, byTag('time'));
    expect(time && toHtml(time)).toBe('<time datetime="2013-01-14T08:15:00-08:00">January 14, 2013</time>');
  });
});
