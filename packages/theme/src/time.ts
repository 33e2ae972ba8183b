import type {Instant} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {formatDate} from './format-date.js';

/** `<time>` with the machine-readable moment and the human date. */
export function timeElement(instant: Instant): Element {
  return h('time', {dateTime: instant.rfc3339}, formatDate(instant));
}
