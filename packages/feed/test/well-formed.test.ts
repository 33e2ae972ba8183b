import {describe, expect, it} from 'vitest';
import {toXml} from 'xast-util-to-xml';
import {x} from 'xastscript';
import {wellFormed} from '../src/well-formed.js';

describe('wellFormed', () => {
  it('should end `]]` before a `>` that goes in a CDATA section of its own', () => {
    expect(toXml(wellFormed(x(null, x('a', 'x]]>y]]>'))))).toBe('<a>x]]<![CDATA[>]]>y]]<![CDATA[>]]></a>');
  });

  it('should see `]]>` and surrogate pairs across adjacent texts', () => {
    expect(toXml(wellFormed(x(null, x('a', {}, ']]', '>', '\uD83D', '\uDE00'))))).toBe('<a>]]<![CDATA[>]]>😀</a>');
  });

  it('should remove characters XML 1.0 forbids from text and attribute values', () => {
    expect(toXml(wellFormed(x(null, x('a', {b: 'c\u0001\uFFFE'}, 'd\uD800e\u0000'))))).toBe('<a b="c">de</a>');
  });

  it('should write every line ending as `\\n`', () => {
    expect(toXml(wellFormed(x(null, x('a', 'b\r\nc\rd\ne'))))).toBe('<a>b\nc\nd\ne</a>');
  });

  it('should reach nested elements and leave other nodes alone', () => {
    const tree = x(null, {type: 'instruction', name: 'xml', value: 'version="1.0"'}, x('a', {}, x('b', '\u0002]]>')));
    expect(toXml(wellFormed(tree))).toBe('<?xml version="1.0"?><a><b>]]<![CDATA[>]]></b></a>');
  });

  it('should not change the tree it is given', () => {
    const tree = x(null, x('a', {b: '\u0001'}, '\u0001'));
    const before = structuredClone(tree);
    wellFormed(tree);
    expect(tree).toEqual(before);
  });
});
