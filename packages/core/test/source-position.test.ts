import {describe, expect, it} from 'vitest';
import {createPositionMapper} from '../src/index.js';

describe('createPositionMapper', () => {
  it('should shift the first line by the start column and later lines not at all', () => {
    const place = createPositionMapper('ab\ncd\n', {line: 2, column: 5});
    expect(place(1, 4)).toEqual({start: {line: 2, column: 6}, end: {line: 3, column: 2}});
  });

  it('should add offsets when the start has one', () => {
    const place = createPositionMapper('ab\ncd', {line: 1, column: 1, offset: 10});
    expect(place(3, 5)).toEqual({start: {line: 2, column: 1, offset: 13}, end: {line: 2, column: 3, offset: 15}});
  });

  it('should place the end of the text after its last line break on a new line', () => {
    const place = createPositionMapper('a\n', {line: 1, column: 1});
    expect(place(2, 2).start).toEqual({line: 2, column: 1});
  });

  it('should clamp offsets outside the text', () => {
    const place = createPositionMapper('abc', {line: 1, column: 1});
    expect(place(-5, 99)).toEqual({start: {line: 1, column: 1}, end: {line: 1, column: 4}});
  });
});
