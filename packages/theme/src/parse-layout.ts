import type {LayoutName, LayoutTemplate} from '@folio/core';
import type {VFile} from 'vfile';
import {layoutSlots} from './layout-slots.js';

function pointAt(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    start = index + 1;
  }
  return {line, column: offset - start + 1};
}

function fail(file: VFile, text: string, reason: string, start: number, end: number): void {
  const message = file.message(reason, {place: {start: pointAt(text, start), end: pointAt(text, end)}, ruleId: 'theme', source: 'folio'});
  message.fatal = true;
}

const quoted = (names: string[]): string => names.map((name) => `\`{{${name}}}\``).join(', ');

/**
 * Parse a layout: HTML with `{{slot}}`s. Problems are `theme` errors on
 * `file` at the slot; the template is undefined when there are any, so a
 * broken layout is never half used.
 */
export function parseLayout(name: LayoutName, file: VFile, text: string): LayoutTemplate | undefined {
  const slots = layoutSlots[name];
  const known = Object.keys(slots);
  const parts: LayoutTemplate['parts'] = [];
  const before = file.messages.length;
  const report = (reason: string, start: number, end: number): void => fail(file, text, reason, start, end);
  let textStart = 0;
  let inTag = false;
  let quote: string | undefined;
  let contentSeen = false;
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('{{', index)) {
      const close = text.indexOf('}}', index + 2);
      const nextOpen = text.indexOf('{{', index + 2);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
        report('Unexpected `{{` without `}}`, expected a slot such as `{{title}}`', index, index + 2);
        index += 2;
        continue;
      }
      const slot = text.slice(index + 2, close).trim();
      const kind = slots[slot];
      if (kind === undefined) {
        report(`Unexpected slot \`{{${slot}}}\` in the \`${name}\` layout, expected one of ${quoted(known)}`, index, close + 2);
      } else if (kind === 'html' && inTag) {
        report(`Unexpected \`{{${slot}}}\` inside a tag, expected it between elements: it is HTML`, index, close + 2);
      } else if (slot === 'content' && contentSeen) {
        report('Unexpected second `{{content}}`, expected it once: the text would repeat, and its ids with it', index, close + 2);
      } else if (slot === 'content') {
        contentSeen = true;
      }
      if (index > textStart) parts.push({text: text.slice(textStart, index)});
      parts.push({slot});
      index = close + 2;
      textStart = index;
      continue;
    }
    const char = text.charAt(index);
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (inTag) {
      if (char === '"' || char === "'") quote = char;
      else if (char === '>') inTag = false;
    } else if (char === '<' && /[A-Za-z/!?]/.test(text.charAt(index + 1))) {
      inTag = true;
    }
    index++;
  }
  if (textStart < text.length) parts.push({text: text.slice(textStart)});
  if (!contentSeen) {
    report(`Unexpected \`${name}\` layout without \`{{content}}\`, expected it once: the text goes there`, 0, 0);
  }
  return file.messages.length > before ? undefined : {path: String(file.path), parts};
}
