import type {Instant} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {entryIdFor} from '../src/index.js';
import {site} from './helpers.js';

function instant(year: number, month: number, day: number): Instant {
  return {rfc3339: '', epochMs: 0, year, month, day};
}

describe('entryIdFor', () => {
  it('should make an RFC 4151 tag URI from the host, the day of first publication and the path', () => {
    expect(entryIdFor(site(), instant(2013, 1, 14), '/2013/01/14/notes-on-distributed-systems-for-young-bloods/')).toBe(
      'tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/notes-on-distributed-systems-for-young-bloods/'
    );
  });

  it('should use the day in the site’s time zone, as the instant carries it', () => {
    // 2013-01-15T02:00:00Z is still the 14th in Los Angeles.
    const published: Instant = {rfc3339: '2013-01-14T18:00:00-08:00', epochMs: Date.UTC(2013, 0, 15, 2), year: 2013, month: 1, day: 14};
    expect(entryIdFor(site(), published, '/a/')).toBe('tag:www.somethingsimilar.com,2013-01-14:/a/');
  });

  it('should leave out the port and include a base path', () => {
    expect(entryIdFor(site({baseUrl: 'http://localhost:4000/blog'}), instant(2020, 12, 3), '/2020/12/03/a/')).toBe('tag:localhost,2020-12-03:/blog/2020/12/03/a/');
  });

  it('should percent-encode what a tag may not hold, keeping escapes upper-cased', () => {
    expect(entryIdFor(site(), instant(2013, 1, 14), '/café au lait/%e2%80%94/[x]/')).toBe(
      'tag:www.somethingsimilar.com,2013-01-14:/caf%C3%A9%20au%20lait/%E2%80%94/%5Bx%5D/'
    );
    expect(entryIdFor(site(), instant(2013, 1, 14), '/100%/')).toBe('tag:www.somethingsimilar.com,2013-01-14:/100%25/');
  });

  it('should keep what RFC 3986 `pchar` allows', () => {
    const path = "/a-b._~!$&'()*+,;=:@/";
    expect(entryIdFor(site(), instant(2013, 1, 14), path)).toBe(`tag:www.somethingsimilar.com,2013-01-14:${path}`);
  });

  it('should throw on a path that is not a site path', () => {
    expect(() => entryIdFor(site(), instant(2013, 1, 14), '2013/01/14/a/')).toThrow(
      'Unexpected value `2013/01/14/a/` for `urlPath`, expected a site path starting with `/`, without query or fragment'
    );
    expect(() => entryIdFor(site(), instant(2013, 1, 14), '/a/#b')).toThrow('for `urlPath`');
    expect(() => entryIdFor(site(), instant(2013, 1, 14), '/a\uD800/')).toThrow('expected a path without lone surrogates');
  });

  it('should throw on a host that is not a domain name, or a date out of range', () => {
    expect(() => entryIdFor(site({baseUrl: 'https://[::1]'}), instant(2013, 1, 14), '/a/')).toThrow(
      'Unexpected value `https://[::1]` for `site.baseUrl`, expected an absolute URL whose host is a domain name'
    );
    expect(() => entryIdFor(site({baseUrl: 'nope'}), instant(2013, 1, 14), '/a/')).toThrow('for `site.baseUrl`');
    expect(() => entryIdFor(site(), instant(2013, 13, 14), '/a/')).toThrow('Unexpected value `13` for `published.month`');
    expect(() => entryIdFor(site(), instant(2013, 1, 0), '/a/')).toThrow('for `published.day`');
    expect(() => entryIdFor(site(), instant(12013, 1, 1), '/a/')).toThrow('for `published.year`');
  });
});
