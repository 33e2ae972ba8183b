import {epochOfRfc3339} from '@folio/core';
import {unexpected} from './unexpected.js';

/** Core's `epochOfRfc3339` (the toolchain's one parser), where a value that is not one is a programming error. */
export function requireRfc3339(value: string, field: string): number {
  const epochMs = epochOfRfc3339(value);
  if (epochMs === undefined) {
    return unexpected(value, field, 'an RFC 3339 date-time with offset such as `2013-01-14T08:15:00-08:00`');
  }
  return epochMs;
}
