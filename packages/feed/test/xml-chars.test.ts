import {describe, expect, it} from 'vitest';
import {xmlChars} from '../src/xml-chars.js';

describe('xmlChars', () => {
  it('should remove C0 controls but tab, LF and CR', () => {
    expect(xmlChars('a\u0000\u0001\u0008\t\n\u000B\u000C\r\u000E\u001Fb')).toBe('a\t\n\rb');
  });

  it('should remove U+FFFE and U+FFFF', () => {
    expect(xmlChars('a\uFFFEb\uFFFFc\uFFFDd')).toBe('abc\uFFFDd');
  });

  it('should remove lone surrogates and keep pairs', () => {
    expect(xmlChars('\uD800a\uDC00b😀\uD83D\uD83D\uDE00\uDE00')).toBe('ab😀😀');
  });

  it('should remove DEL and the C1 controls, which XML 1.0 discourages', () => {
    expect(xmlChars('a\u007Fb\u0080c\u0085d\u009Fe\u00A0')).toBe('abcde\u00A0');
  });

  it('should keep every other character', () => {
    const text = 'Ünïcødé “quotes” <&> ]]> \t\n\r\u00A0\uFFFD\uFDD0😀';
    expect(xmlChars(text)).toBe(text);
  });
});
