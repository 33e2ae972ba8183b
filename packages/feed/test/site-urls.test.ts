import {describe, expect, it} from 'vitest';
import {feedXml, site} from './helpers.js';

describe('the feed’s home link', () => {
  it('should be the base URL with a trailing slash', () => {
    expect(feedXml(site({baseUrl: 'https://example.com/blog'}), [])).toContain('<link rel="alternate" type="text/html" href="https://example.com/blog/"></link>');
  });
});

describe('the feed’s self link', () => {
  it('should be the absolute URL of the feed path', () => {
    expect(feedXml(site(), [])).toContain('<link rel="self" type="application/atom+xml" href="https://www.somethingsimilar.com/atom.xml"></link>');
    expect(feedXml(site({baseUrl: 'https://example.com/blog', feed: {path: 'feeds/atom.xml', entries: 0}}), [])).toContain('href="https://example.com/blog/feeds/atom.xml"');
  });
});
