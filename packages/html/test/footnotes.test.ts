import {collectAnchors} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {createTestSite, post, render, renderedIds, site} from './site.js';

function note(markdown: string): string {
  return render({'posts/a.md': post(markdown)}, 'posts/a.md');
}

const ref = (label: string, number: number, count = 1): string =>
  `<sup><a href="#fn:${label}" id="fnref:${label}${count > 1 ? `-${count}` : ''}" role="doc-noteref" aria-label="Footnote ${number}">${number}</a></sup>`;

const back = (label: string, number: number, count = 1): string =>
  count > 1
    ? `<a href="#fnref:${label}-${count}" class="footnote-backref" role="doc-backlink" aria-label="Back to reference ${number}-${count}">↩︎<sup>${count}</sup></a>`
    : `<a href="#fnref:${label}" class="footnote-backref" role="doc-backlink" aria-label="Back to reference ${number}">↩︎</a>`;

const section = (...items: string[]): string =>
  ['<section class="footnotes" role="doc-endnotes" aria-label="Footnotes">', '<ol>', ...items, '</ol>', '</section>'].join('\n');

describe('footnotes', () => {
  it('should render a single note with the site’s ids and a back-link', () => {
    expect(note('Text[^1].\n\n[^1]: The note.')).toBe(
      [`<p>Text${ref('1', 1)}.</p>`, section('<li id="fn:1">', `<p>The note. ${back('1', 1)}</p>`, '</li>')].join('\n')
    );
  });

  it('should number repeated references alike and link back to each', () => {
    expect(note('A[^1] b[^1] c[^1].\n\n[^1]: Note.')).toBe(
      [
        `<p>A${ref('1', 1)} b${ref('1', 1, 2)} c${ref('1', 1, 3)}.</p>`,
        section('<li id="fn:1">', `<p>Note. ${back('1', 1)} ${back('1', 1, 2)} ${back('1', 1, 3)}</p>`, '</li>')
      ].join('\n')
    );
  });

  it('should number notes in order of first reference, not of definition', () => {
    expect(note('A[^z] b[^a].\n\n[^a]: Alpha.\n[^z]: Zulu.')).toBe(
      [
        `<p>A${ref('z', 1)} b${ref('a', 2)}.</p>`,
        section('<li id="fn:z">', `<p>Zulu. ${back('z', 1)}</p>`, '</li>', '<li id="fn:a">', `<p>Alpha. ${back('a', 2)}</p>`, '</li>')
      ].join('\n')
    );
  });

  it('should use letter labels, lower-cased as the parser identifies them', () => {
    const html = note('Text[^Long-Note].\n\n[^long-note]: Long.');
    expect(html).toContain(ref('long-note', 1));
    expect(html).toContain('<li id="fn:long-note">');
  });

  it('should not render unreferenced definitions', () => {
    const html = note('Text[^1].\n\n[^1]: Used.\n[^2]: Unused.');
    expect(html).not.toContain('Unused');
    expect(html).not.toContain('fn:2');
  });

  it('should render only the first of duplicate definitions', () => {
    const html = note('Text[^1].\n\n[^1]: First.\n[^1]: Second.');
    expect(html).toContain(`<p>First. ${back('1', 1)}</p>`);
    expect(html).not.toContain('Second');
  });

  it('should render no section without references', () => {
    expect(note('Text.\n\n[^1]: Unused.')).toBe('<p>Text.</p>');
  });

  it('should put back-links after content that does not end in a paragraph', () => {
    expect(note('A[^c] b[^e].\n\n[^c]:\n    ```\n    code\n    ```\n\n[^e]:\n')).toBe(
      [
        `<p>A${ref('c', 1)} b${ref('e', 2)}.</p>`,
        section(
          '<li id="fn:c">',
          '<pre tabindex="0"><code>code\n</code></pre>',
          back('c', 1),
          '</li>',
          '<li id="fn:e">',
          back('e', 2),
          '</li>'
        )
      ].join('\n')
    );
  });

  it('should number a note first called from another note after the body’s notes', () => {
    const html = note('A[^outer] b[^last].\n\n[^outer]: Outer, see[^inner].\n[^inner]: Inner.\n[^last]: Last.');
    expect(html).toContain(`<p>Outer, see${ref('inner', 3)}. ${back('outer', 1)}</p>`);
    expect(html.indexOf('id="fn:last"')).toBeLessThan(html.indexOf('id="fn:inner"'));
  });

  it('should count reference ids in document order, as core does', () => {
    // The call inside the note comes first in the source, so it is the first reference.
    const markdown = '[^a]: A, see[^b].\n\nBody[^a] and[^b].\n\n[^b]: B.';
    const {trees} = createTestSite({'posts/a.md': post(markdown)});
    const tree = trees.get('posts/a.md');
    if (!tree) throw new Error('missing tree');
    const html = note(markdown);
    expect(html).toContain(`<p>A, see<sup><a href="#fn:b" id="fnref:b" role="doc-noteref" aria-label="Footnote 2">2</a></sup>.`);
    expect(html).toContain(`and<sup><a href="#fn:b" id="fnref:b-2" role="doc-noteref" aria-label="Footnote 2">2</a></sup>`);
    expect(html).toContain(`<p>B. ${back('b', 2)} ${back('b', 2, 2)}</p>`);
    expect(collectAnchors(tree, site.footnotes).map((anchor) => anchor.id)).toContain('fnref:b-2');
  });

  it('should not render notes called only from notes that do not render, as core decides', () => {
    const markdown = 'A[^a].\n\n[^a]: First.\n[^a]: Duplicate, see[^b].\n[^b]: B.';
    const {trees} = createTestSite({'posts/a.md': post(markdown)});
    const tree = trees.get('posts/a.md');
    if (!tree) throw new Error('missing tree');
    const html = note(markdown);
    expect(html).not.toContain('fn:b');
    const coreIds = collectAnchors(tree, site.footnotes).map((anchor) => anchor.id);
    expect(new Set(renderedIds(html))).toEqual(new Set(coreIds));
  });

  it('should render notes called from rendered notes, once each, in order', () => {
    const html = note('A[^a].\n\n[^a]: First, see[^b].\n[^b]: B, see[^c].\n[^c]: C.\n[^a]: Duplicate, see[^d].\n[^d]: D.');
    expect(html.match(/<li id="[^"]+">/g)).toEqual(['<li id="fn:a">', '<li id="fn:b">', '<li id="fn:c">']);
  });
});
