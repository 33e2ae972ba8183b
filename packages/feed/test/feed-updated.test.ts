import {describe, expect, it} from 'vitest';
import {emptyFeedUpdated, feedUpdated} from '../src/feed-updated.js';
import {entry} from './helpers.js';

describe('feedUpdated', () => {
  it('should be the newest `updated`, as written', () => {
    const entries = [entry('a', '2013-01-01', {updated: '2013-03-01T00:00:00+01:00'}), entry('b', '2012-01-01', {updated: '2013-03-01T09:00:00+10:30'})];
    expect(feedUpdated(entries)).toBe('2013-03-01T00:00:00+01:00');
  });

  it('should keep the first of equal moments', () => {
    const entries = [entry('a', '2013-01-01', {updated: '2013-03-01T00:00:00Z'}), entry('b', '2012-01-01', {updated: '2013-02-28T16:00:00-08:00'})];
    expect(feedUpdated(entries)).toBe('2013-03-01T00:00:00Z');
    expect(feedUpdated([...entries].reverse())).toBe('2013-02-28T16:00:00-08:00');
  });

  it('should fall back to the Unix epoch without entries, never the clock', () => {
    expect(emptyFeedUpdated).toBe('1970-01-01T00:00:00Z');
    expect(feedUpdated([])).toBe(emptyFeedUpdated);
  });
});
