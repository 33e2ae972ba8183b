import {describe, expect, it} from 'vitest';
import {feedUrl, homeUrl} from '../src/site-urls.js';
import {site} from './helpers.js';

describe('homeUrl', () => {
  it('should be the base URL with a trailing slash', () => {
    expect(homeUrl(site({baseUrl: 'https://example.com/blog'}))).toBe('https://example.com/blog/');
  });
});

describe('feedUrl', () => {
  it('should be the absolute URL of the feed path', () => {
    expect(feedUrl(site())).toBe('https://www.somethingsimilar.com/atom.xml');
    expect(feedUrl(site({baseUrl: 'https://example.com/blog', feed: {path: 'feeds/atom.xml', entries: 0}}))).toBe('https://example.com/blog/feeds/atom.xml');
  });
});
