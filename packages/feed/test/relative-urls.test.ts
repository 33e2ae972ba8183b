import {describe, expect, it} from 'vitest';
import {relativeUrls} from '../src/relative-urls.js';

describe('relativeUrls', () => {
  it('should find nothing when every URL is absolute', () => {
    const html = '<p><a href="https://a.example/x#y">x</a> <img src=\'https://a.example/i.png\' alt="i"> <a href=mailto:me@example.com>m</a></p>';
    expect(relativeUrls(html)).toEqual([]);
  });

  it('should find relative URLs in `href`, `src`, `srcset`, `poster` and `cite`', () => {
    const html =
      '<a href="/x/">a</a><a href="#fn:1">b</a><img src="i.png" srcset="https://a.example/1.png 1x, /2.png 2x"><video poster=p.png></video><q cite="../c">q</q>';
    expect(relativeUrls(html)).toEqual(['/x/', '#fn:1', 'i.png', '/2.png', 'p.png', '../c']);
  });

  it('should look only inside tags, not at escaped text', () => {
    expect(relativeUrls('<pre><code>&lt;a href="/x"&gt;</code></pre> href="/y"')).toEqual([]);
  });

  it('should read attributes whatever their case and spacing', () => {
    expect(relativeUrls('<A HREF = "/x" >a</A><img\nsrc="/y"/>')).toEqual(['/x', '/y']);
  });
});

describe('relativeUrls in raw HTML', () => {
  it('should not read attribute text as attributes', () => {
    const svg = '<svg onclick="var img = new Image(); img.src=\'x.png\'; a.href = \'/y\'"><circle r="1"></circle></svg><span title="a src=b href=/c">t</span>';
    expect(relativeUrls(svg)).toEqual([]);
  });

  it('should not read tags inside scripts, styles or comments', () => {
    expect(relativeUrls('<script>document.write(\'<img src="rel.png">\')</script><style>/* <a href="/x"> */</style><!-- <a href="/y"> -->')).toEqual([]);
  });

  it('should leave out what no base can resolve', () => {
    expect(relativeUrls('<a href="//[">broken</a><a href="/ok/">ok</a>')).toEqual(['/ok/']);
  });
});

describe('relativeUrls and character references', () => {
  it('should read attribute values as the parser decodes them', () => {
    expect(relativeUrls('<a href="&#47;x/">a</a><a href="&#104;ttps://a.example/">b</a><img srcset="https://a.example/1.png 1x,/2.png 2x">')).toEqual(['/x/', '/2.png']);
  });
});
