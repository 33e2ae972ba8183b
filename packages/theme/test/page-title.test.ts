import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutPage} from '../src/index.js';
import {byTag, findOne, testSite, textOf} from './helpers.js';

describe('page titles', () => {
  it('should put the page title before the site title', () => {
    const title = findOne(layoutPage({site: testSite(), url: '/about/', title: 'About', content: h(null, [])}), byTag('title'));
    expect(title && textOf(title)).toBe('About — Something Similar');
  });
});
