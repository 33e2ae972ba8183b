import {describe, expect, it} from 'vitest';
import {parseSrcSet} from '../src/index.js';

describe('parseSrcSet', () => {
  it('should split candidates into URL and descriptor, with where each URL starts', () => {
    expect(parseSrcSet('a.png 1x, b.png  2x')).toEqual([
      {url: 'a.png', descriptor: '1x', start: 0},
      {url: 'b.png', descriptor: '2x', start: 10}
    ]);
  });

  it('should keep commas inside a URL and end one at a trailing comma', () => {
    expect(parseSrcSet('b.png 2x,https://x.com/c,d.png 640w, e.png,f.png')).toEqual([
      {url: 'b.png', descriptor: '2x', start: 0},
      {url: 'https://x.com/c,d.png', descriptor: '640w', start: 9},
      {url: 'e.png,f.png', descriptor: '', start: 37}
    ]);
    expect(parseSrcSet('e.png, f.png')).toEqual([
      {url: 'e.png', descriptor: '', start: 0},
      {url: 'f.png', descriptor: '', start: 7}
    ]);
  });

  it('should return nothing for an empty value', () => {
    expect(parseSrcSet(' , ')).toEqual([]);
  });
});
