import {describe, expect, it} from 'vitest';
import {toAtom} from '../src/index.js';
import {entry, site} from './helpers.js';

describe('toAtom on input only a programming error produces', () => {
  it('should throw `Unexpected value … for …, expected …`', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {title: ''})])).toThrow(new Error('Unexpected value `` for `entries[0].title`, expected a title'));
  });
});
