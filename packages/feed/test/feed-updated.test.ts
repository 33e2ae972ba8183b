import {describe, expect, it} from 'vitest';
import {entry, feedXml, site} from './helpers.js';

/** The feed's own `updated`, the first in the document. */
function feedUpdated(xml: string): string | undefined {
  return /<updated>([^<]*)<\/updated>/.exec(xml)?.[1];
}

describe('the feed’s `updated`', () => {
  it('should be the newest `updated`, as written', () => {
    const entries = [entry('a', '2013-01-01', {updated: '2013-03-01T00:00:00+01:00'}), entry('b', '2012-01-01', {updated: '2013-03-01T09:00:00+10:30'})];
    expect(feedUpdated(feedXml(site(), entries))).toBe('2013-03-01T00:00:00+01:00');
  });

  it('should keep the first of equal moments', () => {
    const entries = [entry('a', '2013-01-01', {updated: '2013-03-01T00:00:00Z'}), entry('b', '2012-01-01', {updated: '2013-02-28T16:00:00-08:00'})];
    expect(feedUpdated(feedXml(site(), entries))).toBe('2013-03-01T00:00:00Z');
    // In feed order, newest `published` first: `b` first once it is the newer post.
    const swapped = [entry('a', '2012-01-01', {updated: '2013-03-01T00:00:00Z'}), entry('b', '2013-01-01', {updated: '2013-02-28T16:00:00-08:00'})];
    expect(feedUpdated(feedXml(site(), swapped))).toBe('2013-02-28T16:00:00-08:00');
  });

  it('should fall back to the Unix epoch without entries, never the clock', () => {
    expect(feedUpdated(feedXml(site(), []))).toBe('1970-01-01T00:00:00Z');
  });
});
