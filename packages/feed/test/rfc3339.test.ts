import {describe, expect, it} from 'vitest';
import {requireRfc3339} from '../src/rfc3339.js';

describe('requireRfc3339', () => {
  it('should throw on a value that is not RFC 3339 with offset', () => {
    expect(() => requireRfc3339('2013-01-14', 'entries[0].published')).toThrow(
      'Unexpected value `2013-01-14` for `entries[0].published`, expected an RFC 3339 date-time with offset such as `2013-01-14T08:15:00-08:00`'
    );
    expect(requireRfc3339('1970-01-01T00:00:00Z', 'x')).toBe(0);
  });
});
