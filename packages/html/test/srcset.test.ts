import {describe, expect, it} from 'vitest';
import {mapSrcSet} from '../src/srcset.js';

describe('mapSrcSet', () => {
  it('should map every URL and write a normal form', () => {
    expect(mapSrcSet('a.png 1x,b.png   2x', (url) => `/x/${url}`)).toBe('/x/a.png 1x, /x/b.png 2x');
  });
});
