import {describe, expect, it} from 'vitest';
import {pageTitle} from '../src/page-title.js';
import {testSite} from './helpers.js';

describe('pageTitle', () => {
  it('should put the page title before the site title', () => {
    expect(pageTitle(testSite(), 'About')).toBe('About — Something Similar');
  });
});
