import type {Heading} from 'mdast';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {headingIdRule, parseMarkdown} from '../src/index.js';

// Zola is not packaged for Debian, so its own tests and fixtures are the spec.
const zola = headingIdRule('zola');

function ids(markdown: string): Array<string | undefined> {
  const tree = parseMarkdown(new VFile({path: 'posts/p.md', value: markdown}), {headingIds: 'zola'});
  return tree.children.filter((node): node is Heading => node.type === 'heading').map((heading) => heading.data?.id);
}

describe('zola heading ids', () => {
  it('should slug as `slugify_anchors` with the `on` strategy (zola components/utils/src/slugs.rs, can_slugify_anchors)', () => {
    const vectors: Array<[string, string]> = [
      ['input', 'input'],
      ['test ', 'test'],
      ['tes t', 'tes-t'],
      ['dot. ', 'dot'],
      ['日本', 'ri-ben'],
      ['héhé', 'hehe'],
      ['test (hey)', 'test-hey']
    ];
    for (const [text, id] of vectors) expect([text, zola.slug(text)]).toEqual([text, id]);
  });

  it('should slug as the `slug` crate does with `-` (slug-rs src/lib.rs doc tests)', () => {
    const vectors: Array<[string, string]> = [
      ['My Test String!!!1!1', 'my-test-string-1-1'],
      ['test\nit   now!', 'test-it-now'],
      ['  --test_-_cool', 'test-cool'],
      ['Æúű--cool?', 'aeuu-cool'],
      ['You & Me', 'you-me'],
      ['user@example.com', 'user-example-com']
    ];
    for (const [text, id] of vectors) expect([text, zola.slug(text)]).toEqual([text, id]);
  });

  it('should transliterate as `deunicode` does, slugged (deunicode tests/unidecode.rs and src/lib.rs)', () => {
    const vectors: Array<[string, string]> = [
      ['Æneid', 'aeneid'],
      ['étude', 'etude'],
      ['北亰', 'bei-jing'],
      ['北亰city', 'bei-jing-city'],
      ['北亰 city', 'bei-jing-city'],
      ['北 亰 — city', 'bei-jing-city'],
      ['ᔕᓇᓇ', 'shanana'],
      ['ᏔᎵᏆ', 'taliqua'],
      ['ܦܛܽܐܺ', 'ptu-i'],
      ['अभिजीत', 'abhijiit'],
      ['অভিজীত', 'abhijiit'],
      ['അഭിജീത', 'abhijiit'],
      ['മലയാലമ്', 'mlyaalm'],
      ['げんまい茶', 'genmaicha'],
      ['🦄☣', 'unicorn-biohazard'],
      ['🦄 ☣', 'unicorn-biohazard'],
      [' spaces ', 'spaces'],
      ['  two  spaces  ', 'two-spaces'],
      ['…', ''],
      ['技术', 'ji-shu'],
      ['评价', 'ping-jia'],
      ['旅游', 'lv-you']
    ];
    for (const [text, id] of vectors) expect([text, zola.slug(text)]).toEqual([text, id]);
  });

  it('should give the ids of Zola’s heading fixture (components/markdown/tests/markdown.rs, can_handle_heading_ids, and its snapshot)', () => {
    const cases = [
      '# Hello',
      '# Hello',
      "# L'écologie et vous",
      '# Hello{#hello}',
      '# Hello {#hello}',
      '# Hello     {#Something_else}',
      '# Workaround for literal {#…&#125;',
      '# ',
      '# ',
      '# [About](@/pages/about.md)',
      '# [Rust](https://rust-lang.org "Rust homepage")',
      '# `hi`',
      '# *hi*',
      '# **hi**',
      '# text [^1] there\n[^1]: footnote'
    ];
    // Left out: `# Auto {#*matic*}`, whose id is emphasis to CommonMark (folio reads `{#id}` from the last text).
    // Every explicit id is taken before any automatic one: the two `Hello`s become `hello-1`, `hello-2`.
    expect(ids(cases.join('\n'))).toEqual([
      'hello-1',
      'hello-2',
      'l-ecologie-et-vous',
      'hello',
      'hello',
      'Something_else',
      'workaround-for-literal',
      '',
      '-1',
      'about',
      'rust',
      'hi',
      'hi-1',
      'hi-2',
      'text-there'
    ]);
  });

  it('should count image alt text but not raw HTML, and step past taken suffixes', () => {
    expect(ids('# An ![image](x.png) <b>bold</b>\n\n# A\n\n# A\n\n# A 1\n')).toEqual(['an-image-bold', 'a', 'a-1', 'a-1-1']);
  });
});
