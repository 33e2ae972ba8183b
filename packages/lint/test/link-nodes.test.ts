import {describe, expect, it} from 'vitest';
import {fragmentOf, withFragment, withoutFragment} from '../src/link-nodes.js';

describe('link URLs', () => {
  it('should split and replace the fragment as written', () => {
    expect(withoutFragment('./notes.md#cap')).toBe('./notes.md');
    expect(withoutFragment('#cap')).toBe('');
    expect(fragmentOf('/a/#b%20c')).toBe('b%20c');
    expect(fragmentOf('/a/')).toBeUndefined();
    expect(withFragment('/a/#capp', 'cap')).toBe('/a/#cap');
    expect(withFragment('/a/#capp', undefined)).toBe('/a/');
  });
});
