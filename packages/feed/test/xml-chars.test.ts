import {DOMParser} from '@xmldom/xmldom';
import {describe, expect, it} from 'vitest';
import {atomChild, entry, feedOf, feedXml, site, textOf} from './helpers.js';

// Strict, but U+FFFD is a character like any other here (xmldom warns on it).
const parser = new DOMParser({
  onError(level, message) {
    if (level !== 'warning') throw new Error(`Unexpected XML ${level}: ${message}`);
  }
});

/** The entry's title as a reader parses it from the feed, for a title of `text`. */
function titleOf(text: string): string {
  const document = parser.parseFromString(feedXml(site(), [entry('a', '2013-01-14', {title: `[${text}]`})]), 'text/xml');
  return textOf(atomChild(atomChild(feedOf(document), 'entry'), 'title')).slice(1, -1);
}

describe('characters in the feed', () => {
  it('should remove C0 controls but tab, LF and CR (read as LF)', () => {
    expect(titleOf('a\u0000\u0001\u0008\t\n\u000B\u000C\r\u000E\u001Fb')).toBe('a\t\n\nb');
  });

  it('should remove U+FFFE and U+FFFF', () => {
    expect(titleOf('a\uFFFEb\uFFFFc\uFFFDd')).toBe('abc\uFFFDd');
  });

  it('should remove lone surrogates and keep pairs', () => {
    expect(titleOf('\uD800a\uDC00b😀\uD83D\uD83D\uDE00\uDE00')).toBe('ab😀😀');
  });

  it('should remove DEL and the C1 controls, which XML 1.0 discourages', () => {
    expect(titleOf('a\u007Fb\u0080c\u0085d\u009Fe\u00A0')).toBe('abcde\u00A0');
  });

  it('should keep every other character', () => {
    const text = 'Ünïcødé “quotes” <&> ]]> \t\n\u00A0\uFFFD\uFDD0😀';
    expect(titleOf(text)).toBe(text);
    expect(titleOf('a\rb\r\nc')).toBe('a\nb\nc');
  });
});
