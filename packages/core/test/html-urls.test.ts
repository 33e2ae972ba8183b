import type {Html} from 'mdast';
import {describe, expect, it} from 'vitest';
import {collectLinks, htmlUrls, rawHtmlLinks} from '../src/index.js';
import {at, parse} from './helpers.js';

function urls(html: string): string[] {
  return htmlUrls(html).map(({url, attribute, start, end}) => `${attribute.tagName} ${attribute.name} ${url} [${html.slice(start, end)}]`);
}

describe('htmlUrls', () => {
  it('should read href, src and srcset of start tags, quoted or not, in any case', () => {
    expect(urls('<a HREF=./x.md#s>x</a> <img src=\'../images/a.png\' alt="b"> <source srcset="a.png 1x, b.png 2x">')).toEqual([
      'a href ./x.md#s [./x.md#s]',
      'img src ../images/a.png [../images/a.png]',
      'source srcset a.png [a.png]',
      'source srcset b.png [b.png]'
    ]);
  });

  it('should decode character references, placing the URL at the whole value', () => {
    expect(urls('<a href="a.md?x=1&amp;y=2">')).toEqual(['a href a.md?x=1&y=2 [a.md?x=1&amp;y=2]']);
  });

  it('should skip comments, scripts, styles, other attributes and empty values', () => {
    expect(urls('<!-- <a href="c.md"> --><script>"<a href=s.md>"</script><style>a{}</style><a title="t.md" data-src="d.md" href="">')).toEqual([]);
    expect(urls('<script>"<img src=x.png>"</script><img src="after.png">')).toEqual(['img src after.png [after.png]']);
  });

  it('should not read an attribute name written in text', () => {
    expect(urls('href="a.md" <p title=\'src="b.md"\'>')).toEqual([]);
  });
});

describe('rawHtmlLinks', () => {
  it('should place URLs in the Markdown source, on later lines too', () => {
    const tree = parse('Text <a href="./x.md">x</a>.\n\n<div>\n  <img src="../images/a.png" alt="">\n</div>\n');
    expect(collectLinks(tree).map((link) => `${link.kind} ${link.url} ${at(link.position)}`)).toEqual([
      'link ./x.md 1:15-1:21',
      'image ../images/a.png 4:13-4:28'
    ]);
  });

  it('should place URLs inside a block quote exactly with the source, and by the first line without it', () => {
    const source = '> <div>\n> <img src="a.png">\n> </div>\n';
    const tree = parse(source);
    let html: Html | undefined;
    const quote = tree.children[0];
    if (quote?.type === 'blockquote' && quote.children[0]?.type === 'html') html = quote.children[0];
    if (!html) throw new Error('Unexpected tree, expected html in a block quote');
    expect(rawHtmlLinks(html, source).map((link) => at(link.position))).toEqual(['2:13-2:18']);
    expect(rawHtmlLinks(html).map((link) => at(link.position))).toEqual(['2:13-2:18']);
  });
});
