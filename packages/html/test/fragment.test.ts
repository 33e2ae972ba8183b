import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {toContentTree} from '../src/index.js';
import {createTestSite, post, render} from './site.js';

const files = {'posts/2014-02-03-other.md': post('## Other', 'Other', '2014-02-03')};

/** The fragment of the href a link to the other post's `#fragment` gets. */
function hrefTo(fragment: string): string | undefined {
  const path = 'posts/2013-01-14-a.md';
  const {index, trees} = createTestSite({...files, [path]: post(`[x](<2014-02-03-other.md#${fragment}>)`)});
  const tree = trees.get(path);
  if (!tree) throw new Error('Unexpected missing test file');
  let href: string | undefined;
  visit(toContentTree(tree, {index, path}), 'element', (element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string') href ??= element.properties.href;
  });
  return href?.replace(/^\/2014\/02\/03\/other\/#/, '');
}

describe('fragments in links', () => {
  it('should keep characters a fragment may carry', () => {
    expect(hrefTo('fn:1')).toBe('fn:1');
    expect(hrefTo('a-b_c.d~e/f?g@h!(i)*+,;=$')).toBe('a-b_c.d~e/f?g@h!(i)*+,;=$');
    expect(hrefTo("x&y'z")).toBe("x&y'z");
  });

  it('should escape what an href cannot carry', () => {
    // In a `<…>` destination, `\\` escapes `<` and `>`.
    expect(hrefTo('café')).toBe('caf%C3%A9');
    expect(hrefTo('a b"c\\<d\\>`e')).toBe('a%20b%22c%3Cd%3E%60e');
  });

  it('should escape `%` and `#` so the id survives decoding', () => {
    expect(hrefTo('100%')).toBe('100%25');
    expect(hrefTo('a#b')).toBe('a%23b');
    expect(decodeURIComponent(hrefTo('50%#x') ?? '')).toBe('50%#x');
  });
});

describe('footnote hrefs', () => {
  it('should prefix `#`', () => {
    const html = render({'posts/2013-01-14-a.md': post('A[^1] and again[^1].\n\n[^1]: Note.')}, 'posts/2013-01-14-a.md');
    expect(html).toContain('href="#fnref:1-2"');
    expect(html).toContain('href="#fn:1"');
  });
});
