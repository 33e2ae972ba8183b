import {describe, expect, it} from 'vitest';
import {fragmentOf, withoutFragment} from '../src/link-nodes.js';

describe('link URLs', () => {
  it('should split the fragment off as written', () => {
    expect(withoutFragment('./notes.md#cap')).toBe('./notes.md');
    expect(withoutFragment('#cap')).toBe('');
    expect(fragmentOf('/a/#b%20c')).toBe('b%20c');
    expect(fragmentOf('/a/')).toBeUndefined();
  });
});
