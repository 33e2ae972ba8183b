import {describe, expect, it} from 'vitest';
import {unsafeSitePath} from '../src/index.js';

describe('unsafeSitePath', () => {
  it('should accept site paths that stay inside the output', () => {
    for (const path of ['/', '/old/', '/old/path/', '/feed.xml', '/2013/01/14/notes/', '/caf%C3%A9/', '/café/', '/a.b/']) {
      expect(unsafeSitePath(path), path).toBeUndefined();
    }
  });

  it('should refuse `..` and `.` segments, written or escaped', () => {
    for (const path of ['/../../escaped/', '/a/../b/', '/./a/', '/%2e%2e/x/', '/.%2E/x/', '/%2E/']) {
      expect(unsafeSitePath(path), path).toBe('`.` or `..` segments');
    }
  });

  it('should refuse controls, backslashes, `?`, `#`, escaped separators and bad escapes', () => {
    expect(unsafeSitePath('/a\u0000b/')).toBe('control characters');
    expect(unsafeSitePath('/a\u0085b/')).toBe('control characters');
    expect(unsafeSitePath('/a\\b/')).toBe('backslashes');
    expect(unsafeSitePath('/a?b/')).toContain('`?` or `#`');
    expect(unsafeSitePath('/a#b/')).toContain('`?` or `#`');
    expect(unsafeSitePath('/a%2Fb/')).toBe('escaped `/`, `\\` or control characters');
    expect(unsafeSitePath('/a%00b/')).toBe('escaped `/`, `\\` or control characters');
    expect(unsafeSitePath('/a%zz/')).toBe('a malformed `%` escape (in `a%zz`)');
    expect(unsafeSitePath('/a\uD800b/')).toBe('unpaired surrogates');
  });

  it('should refuse empty segments and paths that do not start at the root', () => {
    expect(unsafeSitePath('/a//b/')).toBe('empty segments (`//`)');
    expect(unsafeSitePath('a/')).toBe('anything before its first `/`');
    expect(unsafeSitePath('C:/x/')).toBe('anything before its first `/`');
  });

  it('should refuse names longer than file systems allow, counting bytes', () => {
    expect(unsafeSitePath(`/${'a'.repeat(200)}/`)).toBeUndefined();
    expect(unsafeSitePath(`/${'a'.repeat(300)}/`)).toBe('names longer than 200 bytes (one is 300 bytes)');
    expect(unsafeSitePath(`/${'é'.repeat(101)}/`)).toBe('names longer than 200 bytes (one is 202 bytes)');
    expect(unsafeSitePath(`/${'abcdefgh/'.repeat(120)}`)).toBe('more than 1024 bytes');
  });
});
