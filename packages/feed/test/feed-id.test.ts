import {describe, expect, it} from 'vitest';
import {feedIdFor} from '../src/index.js';
import {site} from './helpers.js';

describe('feedIdFor', () => {
  it('should be the site’s home URL', () => {
    expect(feedIdFor(site())).toBe('https://www.somethingsimilar.com/');
    expect(feedIdFor(site({baseUrl: 'https://example.com/blog'}))).toBe('https://example.com/blog/');
  });

  it('should depend on the configuration alone', () => {
    expect(feedIdFor(site({feed: {path: 'atom.xml', entries: 3}}))).toBe(feedIdFor(site()));
  });
});
