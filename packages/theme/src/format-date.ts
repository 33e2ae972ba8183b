import type {Instant} from '@folio/core';

// Spelled out here rather than `toLocaleDateString`, whose output depends on
// the machine's ICU data and locale.
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const;

/** A human date from the day the instant falls on in the site's zone: `January 14, 2013`. */
export function formatDate(instant: Instant): string {
  const month = months[instant.month - 1];
  if (month === undefined) throw new RangeError(`Unexpected month \`${instant.month}\`, expected 1 to 12`);
  return `${month} ${instant.day}, ${instant.year}`;
}

/** Whether two instants fall on the same day in the site's zone. */
export function isSameDay(a: Instant, b: Instant): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
