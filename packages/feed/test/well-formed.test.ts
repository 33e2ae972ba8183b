import {describe, expect, it} from 'vitest';
import {entry, feedXml, site} from './helpers.js';

describe('a well-formed feed', () => {
  it('should end `]]` before a `>` that goes in a CDATA section of its own', () => {
    expect(feedXml(site(), [entry('a', '2013-01-14', {title: 'x]]>y]]>'})])).toContain('<title type="text">x]]<![CDATA[>]]>y]]<![CDATA[>]]></title>');
  });

  it('should see `]]>` and surrogate pairs in one text', () => {
    expect(feedXml(site(), [entry('a', '2013-01-14', {title: ']]>\uD83D\uDE00'})])).toContain('<title type="text">]]<![CDATA[>]]>😀</title>');
  });

  it('should remove characters XML 1.0 forbids from text and attribute values', () => {
    const xml = feedXml(site(), [entry('a', '2013-01-14', {url: 'https://www.somethingsimilar.com/c\u0001\uFFFE', title: 'd\uD800e\u0000'})]);
    expect(xml).toContain('href="https://www.somethingsimilar.com/c"');
    expect(xml).toContain('<title type="text">de</title>');
  });

  it('should write every line ending as `\\n`', () => {
    expect(feedXml(site(), [entry('a', '2013-01-14', {title: 'b\r\nc\rd\ne'})])).toContain('<title type="text">b\nc\nd\ne</title>');
  });

  it('should reach nested elements and leave the XML declaration alone', () => {
    const xml = feedXml(site({title: '\u0002]]>'}), [entry('a', '2013-01-14', {summary: '\u0002]]>'})]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(xml).toContain('\n  <title type="text">]]<![CDATA[>]]></title>');
    expect(xml).toContain('\n    <summary type="text">]]<![CDATA[>]]></summary>');
  });
});
