import type {SiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {type FeedEntry} from '../src/index.js';
import {entry, feedXml, site} from './helpers.js';

/** The titles of the feed's entries, in the feed's order. */
function titles(config: SiteConfig, entries: FeedEntry[]): string[] {
  return [...feedXml(config, entries).matchAll(/\n {4}<title type="text">([^<]*)<\/title>/g)].map((match) => match[1] ?? '');
}

describe('the feed’s entries', () => {
  const a = entry('a', '2011-01-01');
  const b = entry('b', '2012-01-01');
  const c = entry('c', '2013-01-01');

  it('should put the newest `published` first', () => {
    expect(titles(site(), [b, a, c])).toEqual(['Post c', 'Post b', 'Post a']);
  });

  it('should compare moments, not strings, across offsets', () => {
    const early = entry('early', '2013-01-01', {published: '2013-01-01T23:00:00+05:00'});
    const late = entry('late', '2013-01-01', {published: '2013-01-01T19:00:00Z'});
    expect(titles(site(), [early, late])).toEqual(['Post late', 'Post early']);
  });

  it('should break ties by id in code-unit order', () => {
    const upper = entry('x', '2013-01-01', {id: 'tag:x,2013-01-01:/B/'});
    const lower = entry('y', '2013-01-01', {id: 'tag:x,2013-01-01:/a/'});
    expect(titles(site(), [lower, upper])).toEqual(['Post x', 'Post y']);
  });

  it('should keep the newest `feed.entries` when more than 0', () => {
    expect(titles(site({feed: {path: 'atom.xml', entries: 2}}), [a, b, c])).toEqual(['Post c', 'Post b']);
    expect(titles(site({feed: {path: 'atom.xml', entries: 5}}), [a, b, c])).toEqual(['Post c', 'Post b', 'Post a']);
    expect(titles(site({feed: {path: 'atom.xml', entries: 0}}), [a, b, c])).toHaveLength(3);
  });

  it('should not reorder its input', () => {
    const input = [a, b, c];
    feedXml(site(), input);
    expect(input).toEqual([a, b, c]);
  });
});
