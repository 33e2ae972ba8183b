import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {lines} from '../src/lines.js';

describe('lines', () => {
  it('should put a line break around every child', () => {
    expect(toHtml(h('ul', lines([h('li', 'a'), h('li', 'b')])))).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
  });

  it('should give a lone line break for no children', () => {
    expect(lines([])).toEqual([{type: 'text', value: '\n'}]);
  });
});
