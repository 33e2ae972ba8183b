import {unexpected} from './unexpected.js';

// RFC 4287 §3.3: upper-case `T` and `Z`, and always an offset.
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

// `Date.UTC` maps years 0–99 to 1900–1999; `setUTCFullYear` does not.
function daysInMonth(year: number, month: number): number {
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

/** Milliseconds since the epoch of an RFC 3339 date-time with offset, or undefined. */
export function epochOfRfc3339(value: string): number | undefined {
  const match = dateTime.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const fraction = Math.floor(Number(`0${match[7] ?? ''}`) * 1000);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, fraction);
  return utc.getTime() - offset * 60_000;
}

/** Like `epochOfRfc3339`, but a value that is not one is a programming error. */
export function requireRfc3339(value: string, field: string): number {
  const epochMs = epochOfRfc3339(value);
  if (epochMs === undefined) {
    return unexpected(value, field, 'an RFC 3339 date-time with offset such as `2013-01-14T08:15:00-08:00`');
  }
  return epochMs;
}
