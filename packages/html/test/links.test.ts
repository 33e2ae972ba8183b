import {collectFacts, createSiteIndex, parseMarkdown, type SiteConfig, type SiteIndex} from '@folio/core';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {toContentTree} from '../src/index.js';
import {createTestSite, post, render, site} from './site.js';

const files = {
  'posts/2013-01-14-notes.md': post('## CAP {#cap}\n\n## Café'),
  'posts/2014-02-03-other.md': post('## Why not?', 'Other', '2014-02-03'),
  'posts/2015-05-05-draft.md': '---\ntitle: Draft\ndate: 2015-05-05\ndraft: true\n---\n',
  'pages/about.md': '---\ntitle: About\n---\n\n## Contact'
};
const assets = ['images/diagram.png', 'images/a b.png'];
const {index} = createTestSite(files, assets);

/** Where a link to `url` written in the file at `from` goes in the HTML. */
function hrefOf(index: SiteIndex, from: string, url: string): string | undefined {
  const tree = parseMarkdown(new VFile({path: from, value: `[x](<${url}>)`}));
  let href: string | undefined;
  visit(toContentTree(tree, {index, path: from}), 'element', (element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string') href ??= element.properties.href;
  });
  return href;
}

function fromPost(url: string): string | undefined {
  return hrefOf(index, 'posts/2013-01-14-notes.md', url);
}

describe('where a link goes', () => {
  it('should turn a relative `.md` path into its page’s URL path', () => {
    expect(fromPost('2014-02-03-other.md')).toBe('/2014/02/03/other/');
    expect(fromPost('../pages/about.md')).toBe('/about/');
  });

  it('should keep the fragment, re-encoded', () => {
    expect(fromPost('2014-02-03-other.md#why-not')).toBe('/2014/02/03/other/#why-not');
    expect(fromPost('../posts/2014-02-03-other.md#cap')).toBe('/2014/02/03/other/#cap');
    expect(fromPost('2013-01-14-notes.md#caf%C3%A9')).toBe('/2013/01/14/notes/#caf%C3%A9');
    expect(fromPost('2013-01-14-notes.md#café')).toBe('/2013/01/14/notes/#caf%C3%A9');
  });

  it('should resolve from the file’s folder', () => {
    expect(hrefOf(index, 'pages/about.md', '../posts/2014-02-03-other.md#why-not')).toBe('/2014/02/03/other/#why-not');
  });

  it('should turn a relative content file into its site path', () => {
    expect(fromPost('../images/diagram.png')).toBe('/images/diagram.png');
    // The site path is `/images/a b.png`; an href carries it encoded.
    expect(fromPost('../images/a%20b.png')).toBe('/images/a%20b.png');
    expect(fromPost('../images/diagram.png?v=2#x')).toBe('/images/diagram.png?v=2#x');
  });

  it('should leave site URLs (at a root, already in their one form), absolute URLs and same-page fragments as written', () => {
    for (const url of [
      '/2014/02/03/other/#why-not',
      '/images/diagram.png',
      'https://www.somethingsimilar.com/about/',
      'https://example.com/x.md',
      'mailto:someone@example.com',
      '//cdn.example.com/x.png',
      '#cap',
      '?page=2',
      ''
    ]) {
      expect(fromPost(url)).toBe(url);
    }
  });

  it('should leave missing and unpublished targets as written', () => {
    expect(fromPost('nope.md#x')).toBe('nope.md#x');
    expect(fromPost('2015-05-05-draft.md')).toBe('2015-05-05-draft.md');
    expect(fromPost('../../outside.md')).toBe('../../outside.md');
    expect(fromPost('../images/missing.png')).toBe('../images/missing.png');
  });
});

describe('link handlers', () => {
  function html(markdown: string): string {
    return render({...files, 'posts/2016-01-01-x.md': post(markdown, 'X', '2016-01-01')}, 'posts/2016-01-01-x.md', assets);
  }

  it('should rewrite links and images in the HTML', () => {
    expect(html('[a](2014-02-03-other.md#why-not) ![d](../images/diagram.png "T")')).toBe(
      '<p><a href="/2014/02/03/other/#why-not">a</a> <img src="/images/diagram.png" alt="d" title="T"></p>'
    );
  });

  it('should rewrite links and images by reference', () => {
    expect(html('[a][o] and ![d][img] and [x][missing]\n\n[o]: 2014-02-03-other.md "Other"\n[img]: ../images/a%20b.png')).toBe(
      '<p><a href="/2014/02/03/other/" title="Other">a</a> and <img src="/images/a%20b.png" alt="d"> and [x][missing]</p>'
    );
  });

  it('should keep site URLs, same-host URLs, externals and fragments as written', () => {
    expect(html('[s](/about/) [h](https://www.somethingsimilar.com/about/) [e](<https://example.com/a b>) [f](#why-not)')).toBe(
      '<p><a href="/about/">s</a> <a href="https://www.somethingsimilar.com/about/">h</a> <a href="https://example.com/a%20b">e</a> <a href="#why-not">f</a></p>'
    );
    expect(html('<https://example.com/ä> [f](#caf%C3%A9)')).toBe(
      '<p><a href="https://example.com/%C3%A4">https://example.com/ä</a> <a href="#caf%C3%A9">f</a></p>'
    );
  });

  it('should not add a target to external links', () => {
    expect(html('[e](https://example.com/)')).toBe('<p><a href="https://example.com/">e</a></p>');
  });

  it('should leave a missing target as written (a check reports it)', () => {
    expect(html('[m](nope.md#x)')).toBe('<p><a href="nope.md#x">m</a></p>');
  });

  it('should rewrite `href`, `src` and `srcset` in raw HTML, and touch nothing else', () => {
    expect(html('<img src="../images/a%20b.png" alt="A &amp; B"> <a href=2014-02-03-other.md#why-not class=x>o</a>')).toBe(
      '<p><img src="/images/a%20b.png" alt="A &amp; B"> <a href="/2014/02/03/other/#why-not" class=x>o</a></p>'
    );
    expect(html('<div>\n<img srcset="../images/diagram.png 1x, ../images/a%20b.png 2x">\n<a href=\'../pages/about.md#contact\'>about</a>\n</div>')).toBe(
      '<div>\n<img srcset="/images/diagram.png 1x, /images/a%20b.png 2x">\n<a href="/about/#contact">about</a>\n</div>'
    );
  });

  it('should leave raw HTML URLs that are external, missing or not URLs as written', () => {
    const raw = '<a href="https://example.com/x.md">e</a> <a href="nope.md">m</a> <img src="data:image/png;base64,AAAA"> <a title="../pages/about.md">t</a>';
    expect(html(raw)).toBe(`<p>${raw}</p>`);
    const hidden = '<!-- <a href="../pages/about.md"> -->\n<script>x = \'<a href="../pages/about.md">\'</script>';
    expect(html(hidden)).toBe(hidden);
  });

  it('should rewrite links inside headings and footnotes', () => {
    const result = html('## See [it](../pages/about.md)\n\nA[^1].\n\n[^1]: [Other](2014-02-03-other.md).');
    expect(result).toContain('<h2 id="see-it">See <a href="/about/">it</a></h2>');
    expect(result).toContain('<p><a href="/2014/02/03/other/">Other</a>. <a href="#fnref:1"');
  });
});

describe('where a link goes under a base path, and through aliases', () => {
  const project = {...site, baseUrl: 'https://name.github.io/repo'};
  const moved = {
    ...files,
    'posts/2016-01-01-new.md': '---\ntitle: New\ndate: 2016-01-01\naliases: [/2015/old/]\n---\n\n## Part {#part}\n'
  };

  function indexOf(config: SiteConfig): SiteIndex {
    const facts = Object.entries(moved).map(([path, value]) => collectFacts(parseMarkdown(new VFile({path, value})), path, config));
    return createSiteIndex(config, facts, assets, ['/', '/atom.xml']);
  }

  it('should write every site link as a browser reads it, with the base path', () => {
    const index = indexOf(project);
    const from = 'posts/2013-01-14-notes.md';
    expect(hrefOf(index, from, '2014-02-03-other.md#why-not')).toBe('/repo/2014/02/03/other/#why-not');
    expect(hrefOf(index, from, '/2014/02/03/other/#why-not')).toBe('/repo/2014/02/03/other/#why-not');
    expect(hrefOf(index, from, '/repo/2014/02/03/other/#why-not')).toBe('/repo/2014/02/03/other/#why-not');
    expect(hrefOf(index, from, '../images/diagram.png?v=2')).toBe('/repo/images/diagram.png?v=2');
    expect(hrefOf(index, from, '/images/diagram.png')).toBe('/repo/images/diagram.png');
    expect(hrefOf(index, from, '/atom.xml')).toBe('/repo/atom.xml');
    // Absolute URLs, fragments and what no check accepts stay as written.
    expect(hrefOf(index, from, 'https://name.github.io/repo/about/')).toBe('https://name.github.io/repo/about/');
    expect(hrefOf(index, from, '#cap')).toBe('#cap');
    expect(hrefOf(index, from, '/nowhere/')).toBe('/nowhere/');
  });

  it('should link an alias’s post directly, keeping the fragment', () => {
    expect(hrefOf(indexOf(site), 'pages/about.md', '/2015/old/#part')).toBe('/2016/01/01/new/#part');
    expect(hrefOf(indexOf(project), 'pages/about.md', '/repo/2015/old/')).toBe('/repo/2016/01/01/new/');
  });
});
