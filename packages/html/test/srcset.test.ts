import {describe, expect, it} from 'vitest';
import {mapSrcSet, parseSrcSet} from '../src/srcset.js';

describe('parseSrcSet', () => {
  it('should split candidates into URL and descriptor', () => {
    expect(parseSrcSet('a.png 1x, b.png  2x')).toEqual([
      {url: 'a.png', descriptor: '1x'},
      {url: 'b.png', descriptor: '2x'}
    ]);
  });

  it('should keep commas inside a URL and end one at a trailing comma', () => {
    expect(parseSrcSet('b.png 2x,https://x.com/c,d.png 640w, e.png,f.png')).toEqual([
      {url: 'b.png', descriptor: '2x'},
      {url: 'https://x.com/c,d.png', descriptor: '640w'},
      {url: 'e.png,f.png', descriptor: ''}
    ]);
    expect(parseSrcSet('e.png, f.png')).toEqual([
      {url: 'e.png', descriptor: ''},
      {url: 'f.png', descriptor: ''}
    ]);
  });

  it('should return nothing for an empty value', () => {
    expect(parseSrcSet(' , ')).toEqual([]);
  });
});

describe('mapSrcSet', () => {
  it('should map every URL and write a normal form', () => {
    expect(mapSrcSet('a.png 1x,b.png   2x', (url) => `/x/${url}`)).toBe('/x/a.png 1x, /x/b.png 2x');
  });
});
