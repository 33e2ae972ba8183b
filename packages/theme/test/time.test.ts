import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {timeElement} from '../src/time.js';
import {instant} from './helpers.js';

describe('timeElement', () => {
  it('should carry the RFC 3339 moment and the human date', () => {
    expect(toHtml(timeElement(instant('2013-01-14T08:15:00-08:00')))).toBe(
      '<time datetime="2013-01-14T08:15:00-08:00">January 14, 2013</time>'
    );
  });
});
