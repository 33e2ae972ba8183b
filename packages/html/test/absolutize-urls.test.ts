import type {Root} from 'hast';
import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {absolutizeUrls} from '../src/index.js';
import {serialize} from './site.js';

const base = 'https://www.somethingsimilar.com';
const page = '/2013/01/14/notes/';

function absolutize(tree: Root, baseUrl = base, pageUrl = page): string {
  return serialize(absolutizeUrls(tree, baseUrl, pageUrl));
}

describe('absolutizeUrls', () => {
  it('should make site paths absolute against the base URL', () => {
    expect(absolutize(h(null, [h('a', {href: '/about/'}, 'a'), h('img', {src: '/images/d.png', alt: ''})]))).toBe(
      '<a href="https://www.somethingsimilar.com/about/">a</a><img src="https://www.somethingsimilar.com/images/d.png" alt="">'
    );
  });

  it('should resolve fragments and relative URLs against the page', () => {
    expect(absolutize(h(null, [h('a', {href: '#fn:1'}, '1'), h('a', {href: 'x.png'}, 'x'), h('a', {href: '../'}, 'up')]))).toBe(
      [
        '<a href="https://www.somethingsimilar.com/2013/01/14/notes/#fn:1">1</a>',
        '<a href="https://www.somethingsimilar.com/2013/01/14/notes/x.png">x</a>',
        '<a href="https://www.somethingsimilar.com/2013/01/14/">up</a>'
      ].join('')
    );
  });

  it('should read site paths as the page’s browser does, under a base URL’s path', () => {
    // The HTML carries the base path already (`/blog/about/`): it is not added twice.
    expect(absolutize(h(null, [h('a', {href: '/blog/about/'}), h('a', {href: '#x'}), h('a', {href: 'x.png'})]), 'https://example.com/blog', '/about/')).toBe(
      '<a href="https://example.com/blog/about/"></a><a href="https://example.com/blog/about/#x"></a><a href="https://example.com/blog/about/x.png"></a>'
    );
  });

  it('should leave URLs with a scheme as they are', () => {
    expect(absolutize(h(null, [h('a', {href: 'https://Example.com/a b'}), h('a', {href: 'mailto:me@example.com'}), h('a', {href: 'tel:+1'})]))).toBe(
      '<a href="https://Example.com/a b"></a><a href="mailto:me@example.com"></a><a href="tel:+1"></a>'
    );
  });

  it('should give protocol-relative URLs the base URL’s scheme', () => {
    expect(absolutize(h(null, [h('img', {src: '//cdn.example.com/x.png'})]))).toBe('<img src="https://cdn.example.com/x.png">');
  });

  it('should handle `srcset`, `poster` and `cite`', () => {
    expect(
      absolutize(
        h(null, [
          h('img', {srcSet: '/a.png 1x, b.png 2x,https://x.com/c,d.png 3x'}),
          h('video', {poster: '/p.jpg'}),
          h('blockquote', {cite: '/about/'})
        ])
      )
    ).toBe(
      [
        '<img srcset="https://www.somethingsimilar.com/a.png 1x, https://www.somethingsimilar.com/2013/01/14/notes/b.png 2x, https://x.com/c,d.png 3x">',
        '<video poster="https://www.somethingsimilar.com/p.jpg"></video>',
        '<blockquote cite="https://www.somethingsimilar.com/about/"></blockquote>'
      ].join('')
    );
  });

  it('should walk into nested elements and into raw HTML', () => {
    const tree: Root = {type: 'root', children: [h('p', [h('em', [h('a', {href: '/x/'})])]), {type: 'raw', value: '<a href="/raw/">r</a>'}]};
    expect(absolutize(tree)).toBe('<p><em><a href="https://www.somethingsimilar.com/x/"></a></em></p><a href="https://www.somethingsimilar.com/raw/">r</a>');
  });

  it('should not mutate the tree it is given', () => {
    const tree = h(null, [h('a', {href: '/about/'})]);
    const before = structuredClone(tree);
    absolutizeUrls(tree, base, page);
    expect(tree).toEqual(before);
  });
});

describe('absolutizeUrls with raw HTML', () => {
  it('should make URLs in raw HTML absolute too', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'raw', value: '<a href="/about/" id="x">'},
        {type: 'text', value: 'About'},
        {type: 'raw', value: '</a> <img src="pic.png" alt="">'}
      ]
    };
    const html = serialize(absolutizeUrls(tree, 'https://example.com', '/2020/01/02/post/'));
    expect(html).toBe('<a href="https://example.com/about/" id="x">About</a> <img src="https://example.com/2020/01/02/post/pic.png" alt="">');
  });

  it('should keep the rest of raw HTML as written, and resolve `poster` and `cite` in it', () => {
    const tree: Root = {type: 'root', children: [{type: 'raw', value: "<video poster='p.jpg' controls></video><q cite=/about/>q</q><BR/>"}]};
    expect(absolutize(tree)).toBe('<video poster="https://www.somethingsimilar.com/2013/01/14/notes/p.jpg" controls></video><q cite="https://www.somethingsimilar.com/about/">q</q><BR/>');
  });

  it('should share every subtree without a URL to change instead of copying it', () => {
    const quiet = h('p', [h('em', 'no links here')]);
    const linked = h('p', [h('a', {href: '/about/'}, 'a')]);
    const tree = h(null, [quiet, linked]);
    const result = absolutizeUrls(tree, base, page);
    expect(result.children[0]).toBe(quiet);
    expect(result.children[1]).not.toBe(linked);
  });
});
