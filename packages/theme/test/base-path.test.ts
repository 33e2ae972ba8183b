import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {layoutIndex, layoutNotFound, layoutPost, layoutRedirect} from '../src/index.js';
import {byTag, findAll, findOne, headFacts, instant, linkHref, testSite, textOf, urlsOf} from './helpers.js';

// No author link: every URL left is the site's own.
const site = testSite({baseUrl: 'https://name.github.io/repo', author: {name: 'A Writer'}});
const nav = [
  {title: 'About', url: '/about/'},
  {title: 'Feed', url: '/atom.xml'}
];

describe('layouts under a base path', () => {
  it('should carry the base path in every URL of a post page', () => {
    const page = layoutPost({site, url: '/2013/01/14/cap/', title: 'CAP', published: instant('2013-01-14'), content: h(null, []), nav});
    expect(headFacts(page)).toMatchObject({
      canonical: 'https://name.github.io/repo/2013/01/14/cap/',
      ogUrl: 'https://name.github.io/repo/2013/01/14/cap/',
      feed: 'https://name.github.io/repo/atom.xml',
      stylesheet: '/repo/style.css'
    });
    expect(linkHref(page, 'icon')).toBe('/repo/favicon.svg');
    expect(linkHref(page, 'apple-touch-icon')).toBe('/repo/apple-touch-icon.png');
    // A fragment (the skip link, a permalink) stays on this page, base path or none.
    expect(urlsOf(page).filter((url) => !url.startsWith('#') && !url.startsWith('/repo/') && !url.startsWith('https://name.github.io/repo/'))).toEqual([]);
  });

  it('should link posts, home and the feed with the base path on the index and 404 pages', () => {
    const index = layoutIndex({site, posts: [{url: '/2013/01/14/cap/', title: 'CAP', published: instant('2013-01-14')}], nav});
    expect(urlsOf(index)).toContain('/repo/2013/01/14/cap/');
    const notFound = layoutNotFound({site, nav});
    expect(findAll(findOne(notFound, byTag('main')) ?? notFound, byTag('a')).map((a) => a.properties.href)).toEqual(['/repo/', '/repo/atom.xml']);
  });

  it('should send a redirect to the absolute URL under the base path', () => {
    const page = layoutRedirect({site, from: '/old/', to: '/2013/01/14/cap/', title: 'CAP'});
    expect(headFacts(page).canonical).toBe('https://name.github.io/repo/2013/01/14/cap/');
  });

  it('should title a section’s index page and mark its nav link as current', () => {
    const section = {title: 'Inside', url: '/inside/'};
    const page = layoutIndex({site, posts: [], nav: [...nav, section], section});
    expect(textOf(findOne(page, byTag('h1')) ?? page)).toBe('Inside');
    expect(headFacts(page).canonical).toBe('https://name.github.io/repo/inside/');
    expect(findAll(page, (e) => e.properties.ariaCurrent === 'page').map((a) => a.properties.href)).toEqual(['/repo/inside/']);
  });
});
