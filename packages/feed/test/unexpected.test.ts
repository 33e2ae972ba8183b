import {describe, expect, it} from 'vitest';
import {unexpected} from '../src/unexpected.js';

describe('unexpected', () => {
  it('should throw `Unexpected value … for …, expected …`', () => {
    expect(() => unexpected(3, 'a.b', 'a `c`')).toThrow(new Error('Unexpected value `3` for `a.b`, expected a `c`'));
  });
});
