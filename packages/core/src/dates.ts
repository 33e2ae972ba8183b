import {Temporal} from 'temporal-polyfill';
import type {Instant} from './types.js';

// What front matter may hold: `YYYY-MM-DD`, or a date-time with an optional
// offset (without one it is in the site's zone); seconds and `T` optional.
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const frontMatterDateTime =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;
// Jekyll's own form, as its post template writes it: `2019-02-11 08:30:00 +0100`.
const jekyllDateTime = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? (?:([Zz])|([+-])(\d{2})(\d{2}))$/;
// RFC 4287 §3.3: upper-case `T` and `Z`, seconds, and always an offset.
const atomDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** The years a published date may fall in: four digits, and no year 0. */
export const firstYear = 1;
export const lastYear = 9999;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Temporal, not `Date.UTC`: that maps years 0–99 to 1900–1999.
function plainDateTime(wall: WallTime): Temporal.PlainDateTime | undefined {
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return undefined;
  try {
    // The constructor rejects a day the month does not have.
    return new Temporal.PlainDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  } catch {
    return undefined;
  }
}

/** The offset written (`Z`, `±HH:MM`), in minutes; null when none was; undefined when impossible. */
function offsetOf(z: string | undefined, sign: string | undefined, hours: string | undefined, minutes: string | undefined): number | null | undefined {
  if (z) return 0;
  if (!sign) return null;
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

function wallOf(match: RegExpExecArray): WallTime {
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0)
  };
}

function epochAtOffset(dateTime: Temporal.PlainDateTime, offsetMinutes: number): number {
  return dateTime.toZonedDateTime('UTC').epochMilliseconds - offsetMinutes * 60_000;
}

function zoned(epochMs: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/**
 * RFC 3339 of a zoned moment, to the second; an offset with seconds (local
 * mean time before 1900) to the nearest minute. Reads the wall time once:
 * each field of a polyfilled `ZonedDateTime` looks its offset up again.
 */
function rfc3339Of(time: Temporal.ZonedDateTime, wall: Temporal.PlainDateTime = time.toPlainDateTime()): string {
  const offset = Math.round(time.offsetNanoseconds / 60e9);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * Format a moment as RFC 3339 in `timeZone`, with its numeric offset, to
 * the second. An offset with seconds (local mean time before 1900) is
 * written to the nearest minute, as RFC 3339 requires.
 */
export function formatRfc3339(epochMs: number, timeZone: string): string {
  return rfc3339Of(zoned(Math.floor(epochMs / 1000) * 1000, timeZone));
}

/** True for a zone both Temporal (which reads dates) and Intl (which formats them) know. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone});
    zoned(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parse a front matter date: `YYYY-MM-DD` (the first moment of that day in
 * the site's zone) or RFC 3339. A wall time without an offset is in the
 * zone: the earlier moment when the clocks fall back, and for a time they
 * skip, the one the offset before the change gives (2:30 becomes 3:30), as
 * RFC 5545 and Temporal do. Returns undefined for anything that is not a
 * real moment; see `yearsInRange` for the years a site may publish.
 */
export function parseInstant(value: string, timeZone: string): Instant | undefined {
  let time: Temporal.ZonedDateTime;
  const day = dateOnly.exec(value);
  if (day) {
    const wall = wallOf(day);
    try {
      // The constructor rejects a day the month does not have.
      time = new Temporal.PlainDate(wall.year, wall.month, wall.day).toZonedDateTime({timeZone});
    } catch {
      return undefined;
    }
  } else {
    const match = frontMatterDateTime.exec(value) ?? jekyllDateTime.exec(value);
    if (!match) return undefined;
    const dateTime = plainDateTime(wallOf(match));
    const offset = offsetOf(match[7], match[8], match[9], match[10]);
    if (!dateTime || offset === undefined) return undefined;
    time = offset === null ? dateTime.toZonedDateTime(timeZone, {disambiguation: 'compatible'}) : zoned(epochAtOffset(dateTime, offset), timeZone);
  }
  // Front matter has no fractions of a second that count (they are dropped).
  const wall = time.toPlainDateTime();
  return {rfc3339: rfc3339Of(time, wall), epochMs: time.epochMilliseconds, year: wall.year, month: wall.month, day: wall.day};
}

/**
 * True when a moment can be published: its year in the site's zone (the
 * URL's) and in UTC are both four-digit years from 0001 to 9999.
 */
export function yearsInRange(instant: Instant): boolean {
  const utcYear = Temporal.Instant.fromEpochMilliseconds(instant.epochMs).toZonedDateTimeISO('UTC').toPlainDate().year;
  return [instant.year, utcYear].every((year) => year >= firstYear && year <= lastYear);
}

/**
 * Milliseconds since the epoch of an RFC 3339 date-time as Atom writes it
 * (RFC 4287 §3.3: `T`, seconds and an offset), to the millisecond; undefined
 * for anything else.
 */
export function epochOfRfc3339(value: string): number | undefined {
  const match = atomDateTime.exec(value);
  if (!match) return undefined;
  const dateTime = plainDateTime(wallOf(match));
  const offset = offsetOf(match[8], match[9], match[10], match[11]);
  if (!dateTime || offset === undefined || offset === null) return undefined;
  const fraction = Math.floor(Number(`0${match[7] ?? ''}`) * 1000);
  return epochAtOffset(dateTime, offset) + fraction;
}
