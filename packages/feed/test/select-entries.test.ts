import {describe, expect, it} from 'vitest';
import {selectEntries} from '../src/select-entries.js';
import {entry, site} from './helpers.js';

describe('selectEntries', () => {
  const a = entry('a', '2011-01-01');
  const b = entry('b', '2012-01-01');
  const c = entry('c', '2013-01-01');

  it('should put the newest `published` first', () => {
    expect(selectEntries(site(), [b, a, c])).toEqual([c, b, a]);
  });

  it('should compare moments, not strings, across offsets', () => {
    const early = entry('early', '2013-01-01', {published: '2013-01-01T23:00:00+05:00'});
    const late = entry('late', '2013-01-01', {published: '2013-01-01T19:00:00Z'});
    expect(selectEntries(site(), [early, late]).map((item) => item.title)).toEqual(['Post late', 'Post early']);
  });

  it('should break ties by id in code-unit order', () => {
    const upper = entry('x', '2013-01-01', {id: 'tag:x,2013-01-01:/B/'});
    const lower = entry('y', '2013-01-01', {id: 'tag:x,2013-01-01:/a/'});
    expect(selectEntries(site(), [lower, upper]).map((item) => item.id)).toEqual(['tag:x,2013-01-01:/B/', 'tag:x,2013-01-01:/a/']);
  });

  it('should keep the newest `feed.entries` when more than 0', () => {
    expect(selectEntries(site({feed: {path: 'atom.xml', entries: 2}}), [a, b, c])).toEqual([c, b]);
    expect(selectEntries(site({feed: {path: 'atom.xml', entries: 5}}), [a, b, c])).toEqual([c, b, a]);
    expect(selectEntries(site({feed: {path: 'atom.xml', entries: 0}}), [a, b, c])).toHaveLength(3);
  });

  it('should not reorder its input', () => {
    const input = [a, b, c];
    selectEntries(site(), input);
    expect(input).toEqual([a, b, c]);
  });
});
