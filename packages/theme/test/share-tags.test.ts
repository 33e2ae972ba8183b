import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutPage, layoutPost} from '../src/index.js';
import {instant, metaContent, testSite} from './helpers.js';

const body = (...children: Parameters<typeof h>[2][]) => ({type: 'root' as const, children: children.map((child) => h('p', child))});

function post(options: {image?: string; content?: ReturnType<typeof body>; site?: ReturnType<typeof testSite>} = {}) {
  return layoutPost({
    site: options.site ?? testSite(),
    url: '/2013/01/14/notes/',
    title: 'Notes',
    published: instant('2013-01-14'),
    content: options.content ?? body('Text.'),
    ...(options.image === undefined ? {} : {image: options.image})
  });
}

describe('og:image', () => {
  it('should be the post\'s first image, absolute', () => {
    const tree = post({content: body('Text.', h('img', {src: '/images/a.jpg', alt: 'A'}), h('img', {src: '/images/b.jpg', alt: 'B'}))});
    expect(metaContent(tree, 'og:image')).toBe('https://www.somethingsimilar.com/images/a.jpg');
    expect(metaContent(tree, 'twitter:card')).toBe('summary_large_image');
  });

  it('should resolve a relative src from the page', () => {
    const site = testSite({baseUrl: 'https://example.com/blog'});
    expect(metaContent(post({site, content: body(h('img', {src: 'a.jpg', alt: 'A'}))}), 'og:image')).toBe('https://example.com/blog/2013/01/14/notes/a.jpg');
  });

  it('should prefer image: from front matter', () => {
    const tree = post({image: '/images/cover.jpg', content: body(h('img', {src: '/images/a.jpg', alt: 'A'}))});
    expect(metaContent(tree, 'og:image')).toBe('https://www.somethingsimilar.com/images/cover.jpg');
    expect(metaContent(post({image: 'https://cdn.example.com/c.png'}), 'og:image')).toBe('https://cdn.example.com/c.png');
  });

  it('should fall back to the site\'s image:, on posts and pages', () => {
    const site = testSite({image: '/images/site.png'});
    expect(metaContent(post({site}), 'og:image')).toBe('https://www.somethingsimilar.com/images/site.png');
    const page = layoutPage({site, url: '/about/', title: 'About', content: body('About.')});
    expect(metaContent(page, 'og:image')).toBe('https://www.somethingsimilar.com/images/site.png');
  });

  it('should be absent, with a summary card, when there is no picture at all', () => {
    const tree = post();
    expect(metaContent(tree, 'og:image')).toBeUndefined();
    expect(metaContent(tree, 'twitter:card')).toBe('summary');
  });
});

describe('og:locale', () => {
  it('should follow the site\'s language', () => {
    expect(metaContent(post(), 'og:locale')).toBe('en_US');
    expect(metaContent(post({site: testSite({language: 'en-GB'})}), 'og:locale')).toBe('en_GB');
    expect(metaContent(post({site: testSite({language: 'pt'})}), 'og:locale')).toBeUndefined();
  });

  it('should map a bare tag only where one territory is meant', () => {
    const openGraphLocale = (language: string): unknown => metaContent(post({site: testSite({language})}), 'og:locale');
    expect(openGraphLocale('de')).toBe('de_DE');
    expect(openGraphLocale('pt-BR')).toBe('pt_BR');
    expect(openGraphLocale('zh-Hant-TW')).toBe('zh_TW');
    expect(openGraphLocale('es')).toBeUndefined();
    expect(openGraphLocale('zh-Hant')).toBeUndefined();
    expect(openGraphLocale('')).toBeUndefined();
  });
});
