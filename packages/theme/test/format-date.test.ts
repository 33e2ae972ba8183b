import type {Instant} from '@folio/core';
import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutPost} from '../src/index.js';
import {findAll, instant, testSite, textOf} from './helpers.js';

/** The dates a post published at `published` (and updated at `updated`) shows, as written. */
function shownDates(published: Instant, updated?: Instant): string[] {
  const tree = layoutPost({site: testSite(), url: '/2013/01/14/x/', title: 'X', published, ...(updated ? {updated} : {}), content: h(null, [])});
  return findAll(tree, (element) => element.tagName === 'time').map(textOf);
}

const formatDate = (date: Instant): string | undefined => shownDates(date)[0];
/** Whether a post shows its update: not when it is on the day of publishing. */
const isSameDay = (published: Instant, updated: Instant): boolean => shownDates(published, updated).length === 1;

describe('dates on a post', () => {
  it('should spell out the month and drop a leading zero from the day', () => {
    expect(formatDate(instant('2013-01-04'))).toBe('January 4, 2013');
  });

  it('should format two-digit days', () => {
    expect(formatDate(instant('2013-01-14'))).toBe('January 14, 2013');
  });

  it('should format December', () => {
    expect(formatDate(instant('2019-12-31'))).toBe('December 31, 2019');
  });

  it('should use the day in the site’s zone, not in UTC', () => {
    // 02:00 UTC on New Year’s Day is still New Year’s Eve in Los Angeles.
    expect(formatDate(instant('2013-01-01T02:00:00Z'))).toBe('December 31, 2012');
  });

  it('should not depend on the machine’s zone or locale', () => {
    const date = instant('2013-01-14');
    const before = formatDate(date);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(formatDate(date)).toBe(before);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('should throw on a month that does not exist', () => {
    expect(() => formatDate({...instant('2013-01-14'), month: 13})).toThrow(/expected 1 to 12/);
  });
});

describe('an update on the day of publishing', () => {
  it('should be the same day for two times on one day', () => {
    expect(isSameDay(instant('2013-01-14T08:00:00-08:00'), instant('2013-01-14T23:00:00-08:00'))).toBe(true);
  });

  it('should not be for consecutive days', () => {
    expect(isSameDay(instant('2013-01-14'), instant('2013-01-15'))).toBe(false);
  });

  it('should compare the month and the year too', () => {
    expect(isSameDay(instant('2013-01-14'), instant('2013-02-14'))).toBe(false);
    expect(isSameDay(instant('2013-01-14'), instant('2014-01-14'))).toBe(false);
  });
});
