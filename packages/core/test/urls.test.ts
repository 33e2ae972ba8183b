import {describe, expect, it} from 'vitest';
import {parseInstant} from '../src/dates.js';
import type {Instant, SiteConfig} from '../src/types.js';
import {absoluteUrl, outputPathOf, pageUrl, postUrl, sitePathOf} from '../src/urls.js';
import {testSite} from './helpers.js';

const site = testSite();

function date(value: string): Instant {
  const instant = parseInstant(value, site.timeZone);
  if (!instant) throw new Error(`Unexpected invalid date \`${value}\``);
  return instant;
}

function under(baseUrl: string): SiteConfig {
  return {...site, baseUrl};
}

describe('postUrl', () => {
  it('should zero-pad month and day', () => {
    expect(postUrl({date: date('2013-01-04'), slug: 'cap'})).toBe('/2013/01/04/cap/');
    expect(postUrl({date: date('2013-11-23'), slug: 'cap'})).toBe('/2013/11/23/cap/');
  });

  it('should use the day in the site’s zone, not in UTC', () => {
    expect(postUrl({date: date('2013-01-05T07:00:00Z'), slug: 'late'})).toBe('/2013/01/04/late/');
  });
});

describe('pageUrl', () => {
  it('should make a page’s URL from its file name', () => {
    expect(pageUrl('pages/about.md')).toBe('/about/');
    expect(pageUrl('pages/About.MD')).toBe('/about/');
    expect(pageUrl('pages/sub/colophon.md')).toBe('/colophon/');
  });

  it('should put `index.md` at the root', () => {
    expect(pageUrl('pages/index.md')).toBe('/');
  });
});

describe('outputPathOf', () => {
  it('should write directory URLs to `index.html`', () => {
    expect(outputPathOf('/')).toBe('index.html');
    expect(outputPathOf('/about/')).toBe('about/index.html');
    expect(outputPathOf('/2013/01/14/cap/')).toBe('2013/01/14/cap/index.html');
  });

  it('should write file URLs as they are', () => {
    expect(outputPathOf('/atom.xml')).toBe('atom.xml');
    expect(outputPathOf('/404.html')).toBe('404.html');
  });

  it('should never give an absolute path', () => {
    expect(outputPathOf('')).toBe('index.html');
    expect(outputPathOf('//x/')).toBe('x/index.html');
  });
});

describe('absoluteUrl', () => {
  it('should join baseUrl and a path with one slash', () => {
    expect(absoluteUrl(site, '/about/')).toBe('https://www.somethingsimilar.com/about/');
    expect(absoluteUrl(site, 'atom.xml')).toBe('https://www.somethingsimilar.com/atom.xml');
  });

  it('should keep the path of a baseUrl', () => {
    expect(absoluteUrl(under('https://example.com/blog'), '/about/')).toBe('https://example.com/blog/about/');
  });
});

describe('sitePathOf', () => {
  it('should take root-relative paths as they are', () => {
    expect(sitePathOf(site, '/')).toBe('/');
    expect(sitePathOf(site, '/about/')).toBe('/about/');
  });

  it('should add the trailing slash of a page URL', () => {
    expect(sitePathOf(site, '/about')).toBe('/about/');
    expect(sitePathOf(site, '/2013/01/14/cap')).toBe('/2013/01/14/cap/');
  });

  it('should not add a slash to a file', () => {
    expect(sitePathOf(site, '/atom.xml')).toBe('/atom.xml');
    expect(sitePathOf(site, '/images/x.svg')).toBe('/images/x.svg');
  });

  it('should drop `index.html`', () => {
    expect(sitePathOf(site, '/about/index.html')).toBe('/about/');
    expect(sitePathOf(site, '/index.html')).toBe('/');
  });

  it('should drop the query and the fragment', () => {
    expect(sitePathOf(site, '/about?x=1#y')).toBe('/about/');
    expect(sitePathOf(site, '/about/#frag')).toBe('/about/');
    expect(sitePathOf(site, 'https://www.somethingsimilar.com/images/x.svg?v=2')).toBe('/images/x.svg');
  });

  it('should decode percent escapes', () => {
    expect(sitePathOf(site, '/caf%C3%A9/')).toBe('/café/');
    expect(sitePathOf(site, '/images/a%20b.png')).toBe('/images/a b.png');
  });

  it('should keep a malformed escape as written', () => {
    expect(sitePathOf(site, '/bad%E0%A4%A/')).toBe('/bad%E0%A4%A/');
  });

  it('should read absolute URLs on the site’s host, over http or https', () => {
    expect(sitePathOf(site, 'https://www.somethingsimilar.com/about')).toBe('/about/');
    expect(sitePathOf(site, 'http://www.somethingsimilar.com/about/')).toBe('/about/');
    expect(sitePathOf(site, 'https://www.somethingsimilar.com')).toBe('/');
    expect(sitePathOf(site, 'https://WWW.SomethingSimilar.com/atom.xml')).toBe('/atom.xml');
  });

  it('should read the host with or without `www.` as the site', () => {
    expect(sitePathOf(site, 'https://somethingsimilar.com/about/')).toBe('/about/');
    expect(sitePathOf(under('https://example.com'), 'https://www.example.com/about/')).toBe('/about/');
  });

  it('should read a protocol-relative URL on the site’s host', () => {
    expect(sitePathOf(site, '//www.somethingsimilar.com/about')).toBe('/about/');
  });

  it('should leave other hosts, ports and schemes alone', () => {
    expect(sitePathOf(site, 'https://example.com/about/')).toBeUndefined();
    expect(sitePathOf(site, 'https://www.somethingsimilar.com.evil.com/')).toBeUndefined();
    expect(sitePathOf(site, 'https://blog.somethingsimilar.com/')).toBeUndefined();
    expect(sitePathOf(site, 'https://www.somethingsimilar.com:8443/about')).toBeUndefined();
    expect(sitePathOf(site, 'ftp://www.somethingsimilar.com/x')).toBeUndefined();
    expect(sitePathOf(site, 'mailto:jeff@somethingsimilar.com')).toBeUndefined();
  });

  it('should leave relative paths alone', () => {
    expect(sitePathOf(site, 'about')).toBeUndefined();
    expect(sitePathOf(site, './about')).toBeUndefined();
    expect(sitePathOf(site, '../posts/x.md')).toBeUndefined();
  });

  it('should read URLs under a baseUrl with a path relative to it', () => {
    const blog = under('https://example.com/blog');
    expect(sitePathOf(blog, 'https://example.com/blog/about')).toBe('/about/');
    expect(sitePathOf(blog, 'https://example.com/blog')).toBe('/');
    expect(sitePathOf(blog, 'https://example.com/other/')).toBeUndefined();
  });

  it('should not read a sibling path that merely starts like the baseUrl’s path', () => {
    expect(sitePathOf(under('https://example.com/blog'), 'https://example.com/blogger/x')).toBeUndefined();
  });
});
