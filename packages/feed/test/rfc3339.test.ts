import {describe, expect, it} from 'vitest';
import {epochOfRfc3339, requireRfc3339} from '../src/rfc3339.js';

describe('epochOfRfc3339', () => {
  it('should read a date-time with a numeric offset or `Z`', () => {
    expect(epochOfRfc3339('2013-01-14T08:15:00-08:00')).toBe(Date.UTC(2013, 0, 14, 16, 15));
    expect(epochOfRfc3339('2013-01-14T16:15:00Z')).toBe(Date.UTC(2013, 0, 14, 16, 15));
    expect(epochOfRfc3339('2013-01-14T21:45:00+05:30')).toBe(Date.UTC(2013, 0, 14, 16, 15));
  });

  it('should read fractional seconds to the millisecond', () => {
    expect(epochOfRfc3339('2013-01-14T16:15:00.123456Z')).toBe(Date.UTC(2013, 0, 14, 16, 15, 0, 123));
  });

  it('should read years before 100 as written', () => {
    expect(epochOfRfc3339('0099-01-01T00:00:00Z')).toBe(new Date('0099-01-01T00:00:00Z').getTime());
  });

  it('should refuse what RFC 4287 §3.3 does not allow', () => {
    for (const value of ['2013-01-14', '2013-01-14T08:15:00', '2013-01-14t08:15:00z', '2013-01-14 08:15:00Z', '2013-01-14T08:15Z', '']) {
      expect(epochOfRfc3339(value)).toBeUndefined();
    }
  });

  it('should refuse dates and times that do not exist', () => {
    for (const value of ['2013-02-29T00:00:00Z', '2013-13-01T00:00:00Z', '2013-00-01T00:00:00Z', '2013-01-14T24:00:00Z', '2013-01-14T08:60:00Z', '2013-01-14T08:15:60Z', '2013-01-14T08:15:00+24:00']) {
      expect(epochOfRfc3339(value)).toBeUndefined();
    }
    expect(epochOfRfc3339('2012-02-29T00:00:00Z')).toBe(Date.UTC(2012, 1, 29));
  });
});

describe('requireRfc3339', () => {
  it('should throw on a value that is not RFC 3339 with offset', () => {
    expect(() => requireRfc3339('2013-01-14', 'entries[0].published')).toThrow(
      'Unexpected value `2013-01-14` for `entries[0].published`, expected an RFC 3339 date-time with offset such as `2013-01-14T08:15:00-08:00`'
    );
    expect(requireRfc3339('1970-01-01T00:00:00Z', 'x')).toBe(0);
  });
});
