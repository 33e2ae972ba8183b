import {describe, expect, it} from 'vitest';
import {epochOfRfc3339, formatRfc3339, isValidTimeZone, parseInstant, yearsInRange} from '../src/index.js';

const zone = 'America/Los_Angeles';

describe('parseInstant', () => {
  it('should read `YYYY-MM-DD` as midnight in the zone (PST)', () => {
    expect(parseInstant('2013-01-14', zone)).toEqual({
      rfc3339: '2013-01-14T00:00:00-08:00',
      epochMs: Date.UTC(2013, 0, 14, 8),
      year: 2013,
      month: 1,
      day: 14
    });
  });

  it('should read `YYYY-MM-DD` as midnight in the zone (PDT)', () => {
    expect(parseInstant('2013-07-04', zone)).toEqual({
      rfc3339: '2013-07-04T00:00:00-07:00',
      epochMs: Date.UTC(2013, 6, 4, 7),
      year: 2013,
      month: 7,
      day: 4
    });
  });

  it('should read `YYYY-MM-DD` in other zones', () => {
    expect(parseInstant('2013-01-14', 'UTC')?.rfc3339).toBe('2013-01-14T00:00:00+00:00');
    expect(parseInstant('2013-01-14', 'Asia/Tokyo')?.epochMs).toBe(Date.UTC(2013, 0, 13, 15));
  });

  it('should read midnight on the days clocks change', () => {
    // Clocks change at 2:00, so midnight is still in the old offset.
    expect(parseInstant('2013-03-10', zone)?.rfc3339).toBe('2013-03-10T00:00:00-08:00');
    expect(parseInstant('2013-11-03', zone)?.rfc3339).toBe('2013-11-03T00:00:00-07:00');
  });

  it('should read RFC 3339 with a numeric offset', () => {
    const instant = parseInstant('2013-01-14T08:15:00-08:00', zone);
    expect(instant?.epochMs).toBe(Date.UTC(2013, 0, 14, 16, 15));
    expect(instant?.rfc3339).toBe('2013-01-14T08:15:00-08:00');
  });

  it('should read RFC 3339 with `Z` or `z`, and express it in the zone', () => {
    expect(parseInstant('2013-01-14T16:15:00Z', zone)?.rfc3339).toBe('2013-01-14T08:15:00-08:00');
    expect(parseInstant('2013-01-14T16:15:00z', zone)?.epochMs).toBe(Date.UTC(2013, 0, 14, 16, 15));
  });

  it('should read an offset other than the zone’s, keeping the moment', () => {
    const instant = parseInstant('2013-01-14T08:15:00+05:30', zone);
    expect(instant?.epochMs).toBe(Date.UTC(2013, 0, 14, 2, 45));
    expect(instant?.rfc3339).toBe('2013-01-13T18:45:00-08:00');
    expect([instant?.year, instant?.month, instant?.day]).toEqual([2013, 1, 13]);
  });

  it('should read `-00:00` as UTC', () => {
    expect(parseInstant('2013-01-14T08:15:00-00:00', zone)?.epochMs).toBe(Date.UTC(2013, 0, 14, 8, 15));
  });

  it('should drop fractional seconds', () => {
    expect(parseInstant('2013-01-14T16:15:00.999Z', zone)?.epochMs).toBe(Date.UTC(2013, 0, 14, 16, 15));
  });

  it('should read a date-time without an offset in the zone', () => {
    expect(parseInstant('2013-01-14T08:15:00', zone)?.rfc3339).toBe('2013-01-14T08:15:00-08:00');
    expect(parseInstant('2013-07-14T08:15', zone)?.rfc3339).toBe('2013-07-14T08:15:00-07:00');
    expect(parseInstant('2013-01-14 08:15', zone)?.epochMs).toBe(Date.UTC(2013, 0, 14, 16, 15));
  });

  it('should read the last moments before the clocks spring forward', () => {
    expect(parseInstant('2013-03-10T01:59:59', zone)?.rfc3339).toBe('2013-03-10T01:59:59-08:00');
    expect(parseInstant('2013-03-10T03:00:00', zone)?.rfc3339).toBe('2013-03-10T03:00:00-07:00');
  });

  it('should move a wall time the clocks skip forward by the gap, never back', () => {
    // 2:30 does not exist in Los Angeles on 2013-03-10: read it with the offset before the change.
    expect(parseInstant('2013-03-10T02:30:00', zone)?.rfc3339).toBe('2013-03-10T03:30:00-07:00');
    expect(parseInstant('2013-03-31T01:30:00', 'Europe/London')?.rfc3339).toBe('2013-03-31T02:30:00+01:00');
  });

  it('should read a midnight the clocks skip as the first moment of that day', () => {
    expect(parseInstant('2018-11-04', 'America/Sao_Paulo')?.rfc3339).toBe('2018-11-04T01:00:00-02:00');
  });

  it('should take the earlier moment of a wall time that happens twice', () => {
    expect(parseInstant('2013-11-03T01:30:00', zone)?.rfc3339).toBe('2013-11-03T01:30:00-07:00');
    expect(parseInstant('2013-10-27T01:30:00', 'Europe/London')?.rfc3339).toBe('2013-10-27T01:30:00+01:00');
  });

  it('should accept 29 February in a leap year only', () => {
    expect(parseInstant('2012-02-29', zone)?.day).toBe(29);
    expect(parseInstant('2013-02-29', zone)).toBeUndefined();
  });

  it('should reject impossible dates', () => {
    expect(parseInstant('2013-02-30', zone)).toBeUndefined();
    expect(parseInstant('2013-13-01', zone)).toBeUndefined();
    expect(parseInstant('2013-00-10', zone)).toBeUndefined();
    expect(parseInstant('2013-01-00', zone)).toBeUndefined();
    expect(parseInstant('2013-02-30T10:00:00Z', zone)).toBeUndefined();
  });

  it('should reject impossible times and offsets', () => {
    expect(parseInstant('2013-01-14T24:00:00Z', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T24:00', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T23:60:00Z', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T23:59:60Z', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T08:15:00+24:00', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T08:15:00+05:60', zone)).toBeUndefined();
  });

  it('should reject other formats', () => {
    expect(parseInstant('2013-1-14', zone)).toBeUndefined();
    expect(parseInstant('Jan 14 2013', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T08:15:00 -08:00', zone)).toBeUndefined();
    expect(parseInstant('2013-01-14T08:15:00-0800', zone)).toBeUndefined();
    expect(parseInstant(' 2013-01-14', zone)).toBeUndefined();
    expect(parseInstant('', zone)).toBeUndefined();
  });

  it('should give year, month and day in the zone for a UTC moment near midnight', () => {
    const before = parseInstant('2013-01-15T07:59:59Z', zone);
    const after = parseInstant('2013-01-15T08:00:00Z', zone);
    expect([before?.year, before?.month, before?.day]).toEqual([2013, 1, 14]);
    expect([after?.year, after?.month, after?.day]).toEqual([2013, 1, 15]);
    const newYear = parseInstant('2014-01-01T07:30:00Z', zone);
    expect([newYear?.year, newYear?.month, newYear?.day]).toEqual([2013, 12, 31]);
  });
});

describe('formatRfc3339', () => {
  it('should write the moment in the zone with its offset', () => {
    expect(formatRfc3339(Date.UTC(2013, 0, 14, 16, 15), zone)).toBe('2013-01-14T08:15:00-08:00');
    expect(formatRfc3339(Date.UTC(2013, 6, 4, 16, 15), zone)).toBe('2013-07-04T09:15:00-07:00');
  });

  it('should write `+00:00` for UTC, not `Z`', () => {
    expect(formatRfc3339(Date.UTC(2013, 6, 4, 16, 15, 7), 'UTC')).toBe('2013-07-04T16:15:07+00:00');
  });

  it('should write offsets with minutes, either side of UTC', () => {
    expect(formatRfc3339(Date.UTC(2013, 6, 4, 16, 15), 'Asia/Kolkata')).toBe('2013-07-04T21:45:00+05:30');
    expect(formatRfc3339(Date.UTC(2013, 6, 4, 16, 15), 'America/St_Johns')).toBe('2013-07-04T13:45:00-02:30');
  });

  it('should write midnight as `00`, not `24`', () => {
    expect(formatRfc3339(Date.UTC(2013, 0, 14, 8), zone)).toBe('2013-01-14T00:00:00-08:00');
  });

  it('should drop milliseconds, rounding down even before 1970', () => {
    expect(formatRfc3339(Date.UTC(2013, 0, 14, 16, 15, 7, 900), 'UTC')).toBe('2013-01-14T16:15:07+00:00');
    expect(formatRfc3339(-500, 'UTC')).toBe('1969-12-31T23:59:59+00:00');
  });

  it('should round-trip through parseInstant', () => {
    const written = '2013-11-03T01:30:00-08:00';
    const instant = parseInstant(written, zone);
    expect(instant && formatRfc3339(instant.epochMs, zone)).toBe(written);
  });
});

describe('isValidTimeZone', () => {
  it('should accept IANA zones and UTC', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('should reject unknown zones', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

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

describe('years before 100 and after 9999', () => {
  it('should keep years 0001–0099 as written, not 19xx', () => {
    const instant = parseInstant('0099-05-01', 'UTC');
    expect([instant?.year, instant?.month, instant?.day]).toEqual([99, 5, 1]);
    expect(instant?.rfc3339).toBe('0099-05-01T00:00:00+00:00');
    expect(instant?.epochMs).toBe(new Date('0099-05-01T00:00:00Z').getTime());
    expect(parseInstant('0001-01-01T00:00:00Z', 'UTC')?.rfc3339).toBe('0001-01-01T00:00:00+00:00');
    expect(parseInstant('0050-03-01T12:00:00+02:00', zone)?.epochMs).toBe(new Date('0050-03-01T10:00:00Z').getTime());
  });

  it('should write an offset of local mean time to the minute', () => {
    // Los Angeles kept -07:52:58 before 1883.
    expect(parseInstant('0099-05-01', zone)?.rfc3339).toBe('0099-05-01T00:00:00-07:53');
  });

  it('should tell which moments have a publishable year', () => {
    const inRange = (value: string, timeZone: string): boolean | undefined => {
      const instant = parseInstant(value, timeZone);
      return instant && yearsInRange(instant);
    };
    expect(inRange('0001-01-01', 'UTC')).toBe(true);
    expect(inRange('9999-12-31T23:59:59Z', 'UTC')).toBe(true);
    expect(inRange('0000-12-31', 'UTC')).toBe(false);
    // Still 9999 where it was written, 10000 in UTC and in Los Angeles.
    expect(inRange('9999-12-31T23:30:00-12:00', zone)).toBe(false);
    // 0001 in UTC, year 0 in Los Angeles.
    expect(inRange('0001-01-01T02:00:00Z', zone)).toBe(false);
  });

  it('should read the Atom form of years before 100 as written', () => {
    expect(epochOfRfc3339('0050-01-01T00:00:00+01:00')).toBe(new Date('0049-12-31T23:00:00Z').getTime());
  });
});

describe('parseInstant, Jekyll’s date form', () => {
  it('should read `YYYY-MM-DD HH:MM:SS +HHMM`, as Jekyll’s post template writes it', () => {
    expect(parseInstant('2019-02-11 08:30:00 +0100', 'UTC')?.epochMs).toBe(Date.UTC(2019, 1, 11, 7, 30));
    expect(parseInstant('2019-02-11 08:30:00 -0530', 'UTC')?.epochMs).toBe(Date.UTC(2019, 1, 11, 14, 0));
    expect(parseInstant('2019-02-11 08:30 Z', 'UTC')?.epochMs).toBe(Date.UTC(2019, 1, 11, 8, 30));
  });

  it('should still refuse an offset that is not one', () => {
    expect(parseInstant('2019-02-11 08:30:00 +2500', 'UTC')).toBeUndefined();
    expect(parseInstant('2019-02-11 08:30:00 +01', 'UTC')).toBeUndefined();
    expect(parseInstant('2019-02-11 08:30:00  +0100', 'UTC')).toBeUndefined();
  });
});
