import {describe, expect, it} from 'vitest';
import {near, suggestId} from '../src/suggest.js';

describe('suggestId', () => {
  it('should prefer the same id in other case, then the nearest', () => {
    expect(suggestId('CAP', ['cap', 'cape'])).toBe('cap');
    expect(suggestId('capp', ['cap', 'failure'])).toBe('cap');
    expect(suggestId('zzzz', ['cap', 'failure'])).toBeUndefined();
  });

  it('should not suggest a short prefix of a long name', () => {
    expect(suggestId('abcdefgh', ['a', 'abcdefgx'])).toBe('abcdefgx');
    expect(near('/2013/01/15/notes/', ['/', '/2013/01/14/notes/'])).toBe('/2013/01/14/notes/');
    expect(near('/nothing/', ['/', '/about/'])).toBeUndefined();
  });
});
