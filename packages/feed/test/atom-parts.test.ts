import {describe, expect, it} from 'vitest';
import {toXml} from 'xast-util-to-xml';
import {atomParts, prepareEntry, toAtom} from '../src/index.js';
import {entry, site} from './helpers.js';

const entries = [entry('first', '2013-01-14'), entry('second', '2014-02-01', {summary: 'A ]]> summary'}), entry('third', '2015-03-01')].map(prepareEntry);

function joined(parts: ReturnType<typeof atomParts>): string {
  return parts.map((part) => (typeof part === 'string' ? part : String(part.xml))).join('');
}

describe('atomParts', () => {
  it('should give the bytes of the whole feed, with each selected entry as prepared', () => {
    for (const options of [{}, {feed: {path: 'atom.xml', entries: 2}}, {description: ''}]) {
      const config = site(options);
      const parts = atomParts(config, entries);
      expect(joined(parts)).toBe(toXml(toAtom(config, entries), {allowDangerousXml: true}));
      expect(parts.filter((part) => typeof part !== 'string')).toEqual(config.feed.entries === 2 ? [entries[2], entries[1]] : [entries[2], entries[1], entries[0]]);
    }
  });

  it('should give a feed without entries', () => {
    const config = site();
    expect(joined(atomParts(config, []))).toBe(toXml(toAtom(config, []), {allowDangerousXml: true}));
  });
});
