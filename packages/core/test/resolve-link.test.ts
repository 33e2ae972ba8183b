import {describe, expect, it} from 'vitest';
import {checkNav, collectFacts, createSiteIndex, resolveLink, type CollectOptions, type ResolvedLink, type SiteIndex} from '../src/index.js';
import {parse, testSite} from './helpers.js';

const sources: Record<string, string> = {
  'posts/2013-01-14-cap.md': '---\ntitle: CAP\ndate: 2013-01-14\n---\n\n## The CAP theorem {#cap #old-cap}\n',
  'posts/2013-02-01-other.md': '---\ntitle: Other\ndate: 2013-02-01\n---\n\n## Intro\n\n## Café ünicode\n',
  'posts/2013-03-01-draft.md': '---\ntitle: Draft\ndate: 2013-03-01\ndraft: true\n---\n\n## Soon\n',
  'pages/about.md': '---\ntitle: About\n---\n\nHi.\n',
  'notes/readme.md': '# Readme\n'
};

function siteIndex(options: CollectOptions = {}): SiteIndex {
  const site = testSite();
  const facts = Object.entries(sources).map(([path, markdown]) => collectFacts(parse(markdown, path), path, site, options));
  return createSiteIndex(site, facts, ['images/x.svg', 'images/a b.png'], ['/', '/atom.xml', '/404.html']);
}

const index = siteIndex();
const from = 'posts/2013-01-14-cap.md';

/** The result with files named by path, so expectations stay short. */
function resolve(url: string, source = from, within = index): unknown {
  const result: ResolvedLink = resolveLink(within, source, url);
  switch (result.type) {
    case 'page':
      return {...result, page: result.page.path};
    case 'unpublished':
      return {...result, file: result.file.path};
    default:
      return result;
  }
}

describe('resolveLink', () => {
  it('should resolve `#fragment` to this page', () => {
    expect(resolve('#cap')).toEqual({type: 'page', page: from, fragment: 'cap'});
  });

  it('should resolve an empty fragment or URL to this page without a fragment', () => {
    expect(resolve('#')).toEqual({type: 'page', page: from});
    expect(resolve('')).toEqual({type: 'page', page: from});
  });

  it('should trim white space around the URL', () => {
    expect(resolve(' #cap ')).toEqual({type: 'page', page: from, fragment: 'cap'});
  });

  it('should call `#fragment` in a file outside the site external', () => {
    expect(resolve('#x', 'elsewhere.md')).toEqual({type: 'external'});
  });

  it('should resolve a sibling `.md` path with a fragment', () => {
    expect(resolve('./2013-02-01-other.md#intro')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md', fragment: 'intro'});
    expect(resolve('2013-02-01-other.md')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md'});
  });

  it('should resolve `..` paths through other directories', () => {
    expect(resolve('../posts/2013-02-01-other.md')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md'});
    expect(resolve('../pages/about.md')).toEqual({type: 'page', page: 'pages/about.md'});
  });

  it('should drop a query from a `.md` path', () => {
    expect(resolve('./2013-02-01-other.md?x=1#intro')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md', fragment: 'intro'});
  });

  it('should resolve a site URL with or without its trailing slash', () => {
    expect(resolve('/2013/02/01/other/')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md'});
    expect(resolve('/2013/02/01/other')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md'});
    expect(resolve('/about/')).toEqual({type: 'page', page: 'pages/about.md'});
  });

  it('should resolve an absolute URL on the site’s host, with or without `www.`', () => {
    expect(resolve('https://www.somethingsimilar.com/2013/02/01/other/#intro')).toEqual({
      type: 'page',
      page: 'posts/2013-02-01-other.md',
      fragment: 'intro'
    });
    expect(resolve('https://somethingsimilar.com/2013/02/01/other')).toEqual({type: 'page', page: 'posts/2013-02-01-other.md'});
  });

  it('should resolve assets by relative path and by site URL', () => {
    expect(resolve('../images/x.svg')).toEqual({type: 'file', path: 'images/x.svg'});
    expect(resolve('/images/x.svg')).toEqual({type: 'file', path: 'images/x.svg'});
    expect(resolve('https://www.somethingsimilar.com/images/x.svg')).toEqual({type: 'file', path: 'images/x.svg'});
  });

  it('should decode percent escapes in asset paths', () => {
    expect(resolve('../images/a%20b.png')).toEqual({type: 'file', path: 'images/a b.png'});
    expect(resolve('/images/a%20b.png')).toEqual({type: 'file', path: 'images/a b.png'});
  });

  it('should resolve outputs the build generates', () => {
    expect(resolve('/atom.xml')).toEqual({type: 'file', path: '/atom.xml'});
    expect(resolve('https://www.somethingsimilar.com/atom.xml')).toEqual({type: 'file', path: '/atom.xml'});
    expect(resolve('/')).toEqual({type: 'file', path: '/'});
  });

  it('should call other sites and other schemes external', () => {
    expect(resolve('https://example.com')).toEqual({type: 'external'});
    expect(resolve('https://example.com/2013/02/01/other/')).toEqual({type: 'external'});
    expect(resolve('mailto:jeff@somethingsimilar.com')).toEqual({type: 'external'});
    expect(resolve('tel:123')).toEqual({type: 'external'});
    expect(resolve('//cdn.example.net/x.js')).toEqual({type: 'external'});
  });

  it('should report a missing post by its content path, keeping the fragment', () => {
    expect(resolve('missing.md')).toEqual({type: 'missing', target: 'posts/missing.md'});
    expect(resolve('./missing.md#frag')).toEqual({type: 'missing', target: 'posts/missing.md', fragment: 'frag'});
  });

  it('should report a missing site URL by its path', () => {
    expect(resolve('/2013/09/09/nope/')).toEqual({type: 'missing', target: '/2013/09/09/nope/'});
    expect(resolve('/2013/09/09/nope#x')).toEqual({type: 'missing', target: '/2013/09/09/nope/', fragment: 'x'});
    expect(resolve('/images/nope.svg')).toEqual({type: 'missing', target: '/images/nope.svg'});
  });

  it('should call a draft unpublished, by path and by URL', () => {
    expect(resolve('./2013-03-01-draft.md')).toEqual({type: 'unpublished', file: 'posts/2013-03-01-draft.md'});
    expect(resolve('./2013-03-01-draft.md#soon')).toEqual({type: 'unpublished', file: 'posts/2013-03-01-draft.md'});
    expect(resolve('/2013/03/01/draft/')).toEqual({type: 'unpublished', file: 'posts/2013-03-01-draft.md'});
    expect(resolve('https://www.somethingsimilar.com/2013/03/01/draft')).toEqual({
      type: 'unpublished',
      file: 'posts/2013-03-01-draft.md'
    });
  });

  it('should resolve a draft as a page when drafts are published', () => {
    const withDrafts = siteIndex({drafts: true});
    expect(resolve('./2013-03-01-draft.md#soon', from, withDrafts)).toEqual({
      type: 'page',
      page: 'posts/2013-03-01-draft.md',
      fragment: 'soon'
    });
    expect(resolve('/2013/03/01/draft/', from, withDrafts)).toEqual({type: 'page', page: 'posts/2013-03-01-draft.md'});
  });

  it('should call Markdown that is never published unpublished', () => {
    expect(resolve('../notes/readme.md')).toEqual({type: 'unpublished', file: 'notes/readme.md'});
  });

  it('should decode percent escapes in fragments', () => {
    expect(resolve('#caf%C3%A9')).toEqual({type: 'page', page: from, fragment: 'café'});
    expect(resolve('./2013-02-01-other.md#caf%C3%A9-%C3%BCnicode')).toEqual({
      type: 'page',
      page: 'posts/2013-02-01-other.md',
      fragment: 'café-ünicode'
    });
  });

  it('should keep a malformed escape in a fragment as written', () => {
    expect(resolve('#%E0%A4%A')).toEqual({type: 'page', page: from, fragment: '%E0%A4%A'});
  });

  it('should call a path escaping the content directory missing', () => {
    expect(resolve('../../etc/passwd')).toEqual({type: 'missing', target: '../../etc/passwd'});
    expect(resolve('../../posts/2013-02-01-other.md')).toEqual({type: 'missing', target: '../../posts/2013-02-01-other.md'});
  });
});

describe('resolveLink: aliases, base paths, slugs with dots', () => {
  const moved: Record<string, string> = {
    'posts/2014-02-01-new.md': '---\ntitle: New\ndate: 2014-02-01\naliases: [/2013/01/14/old/, /old.html]\n---\n\n## Part {#part}\n',
    'posts/2021-06-17-Rust-1.53.0.md': '---\ntitle: Rust\ndate: 2021-06-17\n---\n\nText.\n',
    'pages/about.md': '---\ntitle: About\n---\n\nHi.\n'
  };

  function movedIndex(baseUrl = 'https://example.com'): SiteIndex {
    const site = {...testSite(), baseUrl};
    const facts = Object.entries(moved).map(([path, markdown]) => collectFacts(parse(markdown, path), path, site));
    return createSiteIndex(site, facts, ['images/x.svg'], ['/', '/atom.xml']);
  }

  it('should resolve an alias to the post it redirects to, with its fragment', () => {
    expect(resolve('/2013/01/14/old/#part', 'pages/about.md', movedIndex())).toEqual({type: 'page', page: 'posts/2014-02-01-new.md', fragment: 'part', alias: '/2013/01/14/old/'});
    expect(resolve('https://example.com/old.html', 'pages/about.md', movedIndex())).toEqual({type: 'page', page: 'posts/2014-02-01-new.md', alias: '/old.html'});
  });

  it('should resolve site paths with and without the base path', () => {
    const project = movedIndex('https://name.github.io/repo');
    for (const url of ['/repo/2014/02/01/new/#part', '/2014/02/01/new/#part', 'https://name.github.io/repo/2014/02/01/new/#part']) {
      expect(resolve(url, 'pages/about.md', project), url).toEqual({type: 'page', page: 'posts/2014-02-01-new.md', fragment: 'part'});
    }
    expect(resolve('/repo/images/x.svg', 'pages/about.md', project)).toEqual({type: 'file', path: 'images/x.svg'});
    expect(resolve('/repo/atom.xml', 'pages/about.md', project)).toEqual({type: 'file', path: '/atom.xml'});
    expect(resolve('/repo/nowhere/', 'pages/about.md', project)).toEqual({type: 'missing', target: '/nowhere/'});
  });

  it('should find a page whose slug has dots without its trailing slash', () => {
    expect(resolve('/2021/06/17/Rust-1.53.0', 'pages/about.md', movedIndex())).toEqual({type: 'page', page: 'posts/2021-06-17-Rust-1.53.0.md'});
  });

  it('should check the `nav` of site.yaml against what the site publishes', () => {
    const index = movedIndex();
    const nav = [
      {title: 'About', url: '/about/', position: {start: {line: 3, column: 5}, end: {line: 3, column: 30}}},
      {title: 'Feed', url: '/atom.xml'},
      {title: 'Gone', url: '/gone/', position: {start: {line: 5, column: 5}, end: {line: 5, column: 30}}},
      {title: 'Old', url: '/old.html'},
      {title: 'Out', url: 'https://elsewhere.example/'},
      {title: 'Absolute', url: 'https://example.com/missing/'}
    ];
    const problems = checkNav({...index, site: {...index.site, nav}});
    expect(problems).toEqual([
      {
        ruleId: 'site-config',
        reason: 'Unexpected `nav` link to `/gone/`, which the site does not publish, expected the URL of a page, a section or a file',
        position: nav[2]?.position
      },
      {ruleId: 'site-config', reason: 'Unexpected `nav` link to `https://example.com/missing/`, which the site does not publish, expected the URL of a page, a section or a file'}
    ]);
  });

  it('should default the nav to the pages that exist and the feed', () => {
    expect(movedIndex().nav).toEqual([
      {title: 'About', url: '/about/'},
      {title: 'Feed', url: '/atom.xml'}
    ]);
  });
});
