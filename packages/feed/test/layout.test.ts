import {describe, expect, it} from 'vitest';
import {toXml} from 'xast-util-to-xml';
import {x} from 'xastscript';
import {block} from '../src/layout.js';

describe('block', () => {
  it('should put each child on its own line, indented by depth', () => {
    expect(toXml(block('a', {b: 'c'}, [x('d', 'e'), undefined, x('f')], 1))).toBe('<a b="c">\n    <d>e</d>\n    <f></f>\n  </a>');
  });

  it('should leave an element without children on one line', () => {
    expect(toXml(block('a', {}, [undefined], 0))).toBe('<a>\n</a>');
  });
});
