import {describe, expect, it} from 'vitest';
import {encodeFragment, fragmentHref} from '../src/fragment.js';

describe('encodeFragment', () => {
  it('should keep characters a fragment may carry', () => {
    expect(encodeFragment('fn:1')).toBe('fn:1');
    expect(encodeFragment('a-b_c.d~e/f?g@h!(i)*+,;=$&\'')).toBe('a-b_c.d~e/f?g@h!(i)*+,;=$&\'');
  });

  it('should escape what an href cannot carry', () => {
    expect(encodeFragment('café')).toBe('caf%C3%A9');
    expect(encodeFragment('a b"c<d>`e')).toBe('a%20b%22c%3Cd%3E%60e');
  });

  it('should escape `%` and `#` so the id survives decoding', () => {
    expect(encodeFragment('100%')).toBe('100%25');
    expect(encodeFragment('a#b')).toBe('a%23b');
    expect(decodeURIComponent(encodeFragment('50%#x'))).toBe('50%#x');
  });
});

describe('fragmentHref', () => {
  it('should prefix `#`', () => {
    expect(fragmentHref('fnref:1-2')).toBe('#fnref:1-2');
  });
});
