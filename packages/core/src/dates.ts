import type {Instant} from './types.js';

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Building a formatter costs far more than using one, and a site has one zone:
// keep one per zone. Formatters are immutable, so sharing them changes no output.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit'
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function zonedParts(epochMs: number, timeZone: string): Parts {
  const format = formatterFor(timeZone);
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0
  };
}

/** Offset of `timeZone` from UTC at `epochMs`, in minutes. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const p = zonedParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The moment a wall-clock time in `timeZone` names: the earlier one when the
 * clocks fall back, and for a time they skip, the one the offset before the
 * change gives (2:30 becomes 3:30), as RFC 5545 and Temporal do.
 */
function zonedToEpoch(p: Parts, timeZone: string): number {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Offsets a day either side: the two a change of the clocks can give.
  const before = offsetMinutes(wall - 86_400_000, timeZone);
  const after = offsetMinutes(wall + 86_400_000, timeZone);
  const fits = [before, after]
    .filter((offset) => offsetMinutes(wall - offset * 60_000, timeZone) === offset)
    .map((offset) => wall - offset * 60_000);
  return fits.length > 0 ? Math.min(...fits) : wall - before * 60_000;
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, '0');
}

/** Format a moment as RFC 3339 in `timeZone`, with its numeric offset. */
export function formatRfc3339(epochMs: number, timeZone: string): string {
  const p = zonedParts(epochMs, timeZone);
  const offset = offsetMinutes(epochMs, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone});
    return true;
  } catch {
    return false;
  }
}

/**
 * Parse a front matter date: `YYYY-MM-DD` (midnight in the site's zone) or
 * RFC 3339. Returns undefined for anything that is not a real moment.
 */
export function parseInstant(value: string, timeZone: string): Instant | undefined {
  let epochMs: number;
  const day = dateOnly.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isRealDate(year, month, date)) return undefined;
    epochMs = zonedToEpoch({year, month, day: date, hour: 0, minute: 0, second: 0}, timeZone);
  } else {
    const m = dateTime.exec(value);
    if (!m) return undefined;
    const parts: Parts = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0)
    };
    if (!isRealDate(parts.year, parts.month, parts.day)) return undefined;
    if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined;
    if (m[7]) {
      epochMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    } else if (m[8]) {
      const hours = Number(m[9]);
      const minutes = Number(m[10]);
      if (hours > 23 || minutes > 59) return undefined;
      const offset = (m[8] === '-' ? -1 : 1) * (hours * 60 + minutes);
      epochMs =
        Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
        offset * 60_000;
    } else {
      epochMs = zonedToEpoch(parts, timeZone);
    }
  }
  const local = zonedParts(epochMs, timeZone);
  return {
    rfc3339: formatRfc3339(epochMs, timeZone),
    epochMs,
    year: local.year,
    month: local.month,
    day: local.day
  };
}
