import {describe, expect, it} from 'vitest';
import {collectAnchors, collectLinks, htmlIds, type Anchor, type FootnoteIdPatterns} from '../src/index.js';
import {at, parse} from './helpers.js';

const patterns: FootnoteIdPatterns = {definition: 'fn:{label}', reference: 'fnref:{label}'};

function anchors(markdown: string, footnotes = patterns): string[] {
  return collectAnchors(parse(markdown), footnotes).map((anchor: Anchor) => `${anchor.kind} ${anchor.id} ${at(anchor.position)}`);
}

describe('collectAnchors', () => {
  it('should collect heading ids, placing explicit ids at their braces', () => {
    expect(anchors('# Title\n\n## The CAP theorem {#cap}\n')).toEqual(['heading title 1:1-1:8', 'heading cap 3:20-3:26']);
  });

  it('should collect aliases after their heading, at the same place', () => {
    expect(anchors('## CAP {#cap #old #older}\n')).toEqual([
      'heading cap 1:8-1:26',
      'alias old 1:8-1:26',
      'alias older 1:8-1:26'
    ]);
  });

  it('should collect `id` and `<a name>` from raw HTML', () => {
    expect(anchors('<a name="legacy"></a>\n\nText <span id="inline">x</span>.\n')).toEqual([
      'html legacy 1:1-1:18',
      'html inline 3:6-3:24'
    ]);
  });

  it('should collect every id of a block of HTML', () => {
    expect(anchors('<div id="box" class="x"><span id=\'inner\'>x</span>\n<p ID=upper></p></div>\n')).toEqual([
      'html box 1:1-2:23',
      'html inner 1:1-2:23',
      'html upper 1:1-2:23'
    ]);
  });

  it('should ignore `name` on elements other than `a`, and other attributes ending in `id`', () => {
    expect(anchors('<p name="not-an-anchor" data-id="nope" xid="no"></p>\n')).toEqual([]);
  });

  it('should ignore ids in HTML comments', () => {
    expect(anchors('<!-- <a id="gone"></a> -->\n\nText <!-- <span id="also-gone"> --> here.\n')).toEqual([]);
  });

  it('should give footnote references and definitions the site’s ids', () => {
    expect(anchors('Text[^1] and[^note].\n\n[^1]: One.\n[^note]: Note.\n')).toEqual([
      'footnote-reference fnref:1 1:5-1:9',
      'footnote-reference fnref:note 1:13-1:20',
      'footnote-definition fn:1 3:1-3:11',
      'footnote-definition fn:note 4:1-4:15'
    ]);
  });

  it('should suffix a second reference to the same note with `-2`', () => {
    expect(anchors('A[^1] b[^1] c[^1].\n\n[^1]: One.\n').slice(0, 3)).toEqual([
      'footnote-reference fnref:1 1:2-1:6',
      'footnote-reference fnref:1-2 1:8-1:12',
      'footnote-reference fnref:1-3 1:14-1:18'
    ]);
  });

  it('should give no id to an unreferenced definition', () => {
    expect(anchors('A[^1].\n\n[^1]: One.\n[^unused]: Unused.\n')).toEqual([
      'footnote-reference fnref:1 1:2-1:6',
      'footnote-definition fn:1 3:1-3:11'
    ]);
  });

  it('should give an id to the first of duplicate definitions only', () => {
    expect(anchors('A[^1].\n\n[^1]: One.\n[^1]: Again.\n')).toEqual([
      'footnote-reference fnref:1 1:2-1:6',
      'footnote-definition fn:1 3:1-3:11'
    ]);
  });

  it('should follow the site’s footnote patterns', () => {
    expect(anchors('A[^x].\n\n[^x]: X.\n', {definition: 'note-{label}', reference: 'back-{label}'})).toEqual([
      'footnote-reference back-x 1:2-1:6',
      'footnote-definition note-x 3:1-3:9'
    ]);
  });

  it('should list anchors in document order', () => {
    expect(
      collectAnchors(parse('[^1]: One.\n\n## Late {#late}\n\nA[^1].\n'), patterns).map((anchor) => anchor.id)
    ).toEqual(['fn:1', 'late', 'fnref:1']);
  });

  it('should collect nothing from a document without anchors', () => {
    expect(collectAnchors({type: 'root', children: []}, patterns)).toEqual([]);
  });

  it('should leave out positions a tree does not have', () => {
    expect(
      collectAnchors(
        {type: 'root', children: [{type: 'heading', depth: 2, children: [], data: {id: 'x'}}, {type: 'html', value: '<a id="y">'}]},
        patterns
      )
    ).toEqual([
      {id: 'x', kind: 'heading'},
      {id: 'y', kind: 'html'}
    ]);
  });
});

describe('htmlIds', () => {
  it('should read quoted and unquoted values, any case of names', () => {
    expect(htmlIds('<a name=x><b id = "sp aced"><A NAME="Up"><i ID=\'q\'>')).toEqual(['x', 'sp aced', 'Up', 'q']);
  });

  it('should skip empty ids', () => {
    expect(htmlIds('<img id="" alt="">')).toEqual([]);
  });

  it('should skip comments, closed or not', () => {
    expect(htmlIds('<!-- <a id="c"> --><b id="d"><!-- <i id="e">')).toEqual(['d']);
  });

  it('should skip closing tags and text', () => {
    expect(htmlIds('id="text" </a id="closing">')).toEqual([]);
  });
});

describe('collectLinks', () => {
  it('should collect links, images and definitions with their places', () => {
    const tree = parse('[link](https://x.com "t") ![img](a.png) [ref][d] <https://auto.example>\n\n[d]: ./other.md#frag\n');
    expect(collectLinks(tree).map((link) => `${link.kind} ${link.url} ${at(link.position)}`)).toEqual([
      'link https://x.com 1:1-1:26',
      'image a.png 1:27-1:40',
      'link https://auto.example 1:50-1:72',
      'definition ./other.md#frag 3:1-3:21'
    ]);
  });

  it('should collect links inside headings and footnotes', () => {
    const tree = parse('## See [this](#x)\n\nA[^1].\n\n[^1]: [There](./y.md).\n');
    expect(collectLinks(tree).map((link) => link.url)).toEqual(['#x', './y.md']);
  });
});
