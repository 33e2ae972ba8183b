import {describe, expect, it} from 'vitest';
import {toAtom} from '../src/index.js';
import {entry, feedXml, site} from './helpers.js';

describe('toAtom on entry dates', () => {
  it('should throw on a value that is not RFC 3339 with offset', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {published: '2013-01-14'})])).toThrow(
      'Unexpected value `2013-01-14` for `entries[0].published`, expected an RFC 3339 date-time with offset such as `2013-01-14T08:15:00-08:00`'
    );
    // The Unix epoch itself is a moment like any other, not a missing one.
    const epoch = entry('epoch', '1970-01-01', {published: '1970-01-01T00:00:00Z', updated: '1970-01-01T00:00:00Z'});
    const before = entry('before', '1969-12-31', {published: '1969-12-31T23:59:59Z', updated: '1969-12-31T23:59:59Z'});
    expect(feedXml(site(), [before, epoch]).indexOf('Post epoch')).toBeLessThan(feedXml(site(), [before, epoch]).indexOf('Post before'));
  });
});
