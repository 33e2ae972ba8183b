import {describe, expect, it} from 'vitest';
import {slug} from '../src/index.js';

describe('slug', () => {
  it('should lowercase and join words with `-`', () => {
    expect(slug('Hello World')).toBe('hello-world');
  });

  it('should drop punctuation but keep `-` and `_`', () => {
    expect(slug('Hello, World!')).toBe('hello-world');
    expect(slug('Foo_bar-baz')).toBe('foo_bar-baz');
    expect(slug('C++ & C#')).toBe('c--c');
  });

  it('should drop straight and curly quotes alike', () => {
    expect(slug('“It’s slow”')).toBe('its-slow');
    expect(slug("It's slow")).toBe('its-slow');
  });

  it('should drop emoji but keep the spaces around them, as GitHub does', () => {
    expect(slug('Emoji 🎉 here')).toBe('emoji--here');
    expect(slug('🎉')).toBe('');
  });

  it('should keep letters outside ASCII, lowercased', () => {
    expect(slug('Ünïcödé Straße')).toBe('ünïcödé-straße');
    expect(slug('日本語の見出し')).toBe('日本語の見出し');
  });

  it('should keep every inner space as a `-`', () => {
    expect(slug('A  B')).toBe('a--b');
  });

  it('should ignore white space at the ends', () => {
    expect(slug('  Hello World \n')).toBe('hello-world');
  });

  it('should drop the backticks of inline code written as text', () => {
    expect(slug('Use `git rebase` often')).toBe('use-git-rebase-often');
  });

  it('should be stable: the same text gives the same slug every time, with no `-1` suffixes', () => {
    expect([slug('Same'), slug('Same'), slug('Same')]).toEqual(['same', 'same', 'same']);
  });
});
