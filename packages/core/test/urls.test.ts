import {describe, expect, it} from 'vitest';
import {absoluteUrl, basePathOf, outputPathOf, pageUrl, parseInstant, permalinkOf, postUrl, sectionOf, siteHref, sitePathOf, type Instant, type SiteConfig} from '../src/index.js';
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

describe('sitePathOf under a base path', () => {
  const project = under('https://name.github.io/repo');

  it('should read a root-relative path as a browser does, with the base path', () => {
    expect(sitePathOf(project, '/repo/2013/01/14/cap/')).toBe('/2013/01/14/cap/');
    expect(sitePathOf(project, '/repo/')).toBe('/');
    expect(sitePathOf(project, '/repo')).toBe('/');
    expect(sitePathOf(project, '/repo/images/x.svg?v=1#y')).toBe('/images/x.svg');
    expect(sitePathOf(project, '/repo/about/index.html')).toBe('/about/');
  });

  it('should read a root-relative path relative to the site, without the base path', () => {
    expect(sitePathOf(project, '/2013/01/14/cap/')).toBe('/2013/01/14/cap/');
    expect(sitePathOf(project, '/atom.xml')).toBe('/atom.xml');
    // Only a whole segment is the base path.
    expect(sitePathOf(project, '/repository/')).toBe('/repository/');
  });

  it('should read absolute URLs under the base path only', () => {
    expect(sitePathOf(project, 'https://name.github.io/repo/about/')).toBe('/about/');
    expect(sitePathOf(project, 'https://name.github.io/other/about/')).toBeUndefined();
  });
});

describe('basePathOf and siteHref', () => {
  it('should give the base path of a project site, and none at a root', () => {
    expect(basePathOf(under('https://name.github.io/repo'))).toBe('/repo');
    expect(basePathOf(under('https://name.github.io/a/b'))).toBe('/a/b');
    expect(basePathOf(site)).toBe('');
  });

  it('should put the base path in front of a site path', () => {
    const project = under('https://name.github.io/repo');
    expect(siteHref(project, '/')).toBe('/repo/');
    expect(siteHref(project, '/2013/01/14/cap/')).toBe('/repo/2013/01/14/cap/');
    expect(siteHref(project, 'images/x.svg')).toBe('/repo/images/x.svg');
    expect(siteHref(site, '/about/')).toBe('/about/');
  });
});

describe('postUrl with patterns', () => {
  const day = date('2013-01-04T09:00:00-08:00');

  it('should fill the tokens of a pattern', () => {
    expect(postUrl({date: day, slug: 'cap'}, '/:slug/')).toBe('/cap/');
    expect(postUrl({date: day, slug: 'cap'}, '/blog/:year-:month-:day-:slug.html')).toBe('/blog/2013-01-04-cap.html');
    expect(postUrl({date: day, slug: 'Rust-1.53.0'}, '/:year/:slug/')).toBe('/2013/Rust-1.53.0/');
  });

  it('should let `url:` win over any pattern', () => {
    expect(postUrl({date: day, slug: 'cap', url: '/old/cap.html'}, '/:slug/')).toBe('/old/cap.html');
  });

  it('should follow a post’s section, else the site', () => {
    const sections = {...site, permalink: '/:slug/', sections: [{folder: 'inside', title: 'Inside', permalink: '/inside/:year/:slug/', url: '/inside/'}]};
    expect(permalinkOf(sections, 'posts/inside/x.md')).toBe('/inside/:year/:slug/');
    expect(sectionOf(sections, 'posts/inside/x.md')?.title).toBe('Inside');
    expect(permalinkOf(sections, 'posts/x.md')).toBe('/:slug/');
    expect(permalinkOf(sections, 'posts/elsewhere/x.md')).toBe('/:slug/');
    expect(permalinkOf(site, 'posts/x.md')).toBe('/:year/:month/:day/:slug/');
  });
});
