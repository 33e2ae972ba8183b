import {describe, expect, it} from 'vitest';
import {contentProblem} from './helpers.js';

// `toAtom` refuses content with a URL a reader would resolve against the
// entry, naming the first: each case is checked on its own.
const refused = (url: string): string => `Unexpected value \`${url}\` for \`entries[0].contentHtml\`, expected absolute URLs only`;

describe('relative URLs in entry content', () => {
  it('should find nothing when every URL is absolute', () => {
    const html = '<p><a href="https://a.example/x#y">x</a> <img src=\'https://a.example/i.png\' alt="i"> <a href=mailto:me@example.com>m</a></p>';
    expect(contentProblem(html)).toBeUndefined();
  });

  it('should find relative URLs in `href`, `src`, `srcset`, `poster` and `cite`', () => {
    const html =
      '<a href="/x/">a</a><a href="#fn:1">b</a><img src="i.png" srcset="https://a.example/1.png 1x, /2.png 2x"><video poster=p.png></video><q cite="../c">q</q>';
    expect(contentProblem(html)).toBe(refused('/x/'));
    expect(contentProblem('<a href="#fn:1">b</a>')).toBe(refused('#fn:1'));
    expect(contentProblem('<img src="i.png">')).toBe(refused('i.png'));
    expect(contentProblem('<img src="https://a.example/0.png" srcset="https://a.example/1.png 1x, /2.png 2x">')).toBe(refused('/2.png'));
    expect(contentProblem('<video poster=p.png></video>')).toBe(refused('p.png'));
    expect(contentProblem('<q cite="../c">q</q>')).toBe(refused('../c'));
  });

  it('should look only inside tags, not at escaped text', () => {
    expect(contentProblem('<pre><code>&lt;a href="/x"&gt;</code></pre> href="/y"')).toBeUndefined();
  });

  it('should read attributes whatever their case and spacing', () => {
    expect(contentProblem('<A HREF = "/x" >a</A>')).toBe(refused('/x'));
    expect(contentProblem('<img\nsrc="/y"/>')).toBe(refused('/y'));
  });
});

describe('relative URLs in raw HTML', () => {
  it('should not read attribute text as attributes', () => {
    const svg = '<svg onclick="var img = new Image(); img.src=\'x.png\'; a.href = \'/y\'"><circle r="1"></circle></svg><span title="a src=b href=/c">t</span>';
    expect(contentProblem(svg)).toBeUndefined();
  });

  it('should not read tags inside scripts, styles or comments', () => {
    expect(contentProblem('<script>document.write(\'<img src="rel.png">\')</script><style>/* <a href="/x"> */</style><!-- <a href="/y"> -->')).toBeUndefined();
  });

  it('should leave out what no base can resolve', () => {
    expect(contentProblem('<a href="//[">broken</a><a href="/ok/">ok</a>')).toBe(refused('/ok/'));
    expect(contentProblem('<a href="//[">broken</a>')).toBeUndefined();
  });
});

describe('relative URLs and character references', () => {
  it('should read attribute values as the parser decodes them', () => {
    expect(contentProblem('<a href="&#47;x/">a</a>')).toBe(refused('/x/'));
    expect(contentProblem('<a href="&#104;ttps://a.example/">b</a>')).toBeUndefined();
    expect(contentProblem('<img src="https://a.example/0.png" srcset="https://a.example/1.png 1x,/2.png 2x">')).toBe(refused('/2.png'));
  });
});
