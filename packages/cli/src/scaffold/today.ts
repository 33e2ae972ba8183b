import {formatRfc3339} from '@folio/core';

/** The calendar day of `epochMs` in `timeZone`, as `YYYY-MM-DD` (the toolchain's own zone arithmetic). */
export function dayIn(epochMs: number, timeZone: string): string {
  return formatRfc3339(epochMs, timeZone).slice(0, 10);
}
