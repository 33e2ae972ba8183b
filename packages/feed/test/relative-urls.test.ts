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
