import {describe, expect, it} from 'vitest';
import {checkPermalinkPattern, defaultPermalink, expandPermalink, readSiteConfig, staticPrefixOf} from '../src/index.js';
import {at} from './helpers.js';

const parts = {year: 2013, month: 1, day: 4, slug: 'cap'};

describe('expandPermalink', () => {
  it('should fill every token, month and day with two digits', () => {
    expect(expandPermalink(defaultPermalink, parts)).toBe('/2013/01/04/cap/');
    expect(expandPermalink('/:slug/', parts)).toBe('/cap/');
    expect(expandPermalink('/blog/:year-:month-:day-:slug.html', parts)).toBe('/blog/2013-01-04-cap.html');
    expect(expandPermalink('/:year/:day/:month/:slug/', {...parts, month: 11, day: 23})).toBe('/2013/23/11/cap/');
  });

  it('should keep a slug’s case and dots', () => {
    expect(expandPermalink('/:slug.html', {...parts, slug: 'Rust-1.53.0'})).toBe('/Rust-1.53.0.html');
  });
});

describe('checkPermalinkPattern', () => {
  it('should accept patterns ending in `/` or `.html` with `:slug`', () => {
    for (const pattern of [defaultPermalink, '/:slug/', '/blog/:year-:month-:day-:slug.html', '/posts/:slug.html']) {
      expect(checkPermalinkPattern(pattern), pattern).toBeUndefined();
    }
  });

  it('should point at an unknown token', () => {
    expect(checkPermalinkPattern('/:year/:title/')).toEqual({
      reason: 'Unexpected token `:title` in `permalink`, expected one of `:year`, `:month`, `:day`, `:slug`',
      index: 7,
      length: 6
    });
  });

  it('should refuse a pattern without `:slug`, or one that is no page path', () => {
    expect(checkPermalinkPattern('/:year/:month/')?.reason).toBe(
      'Unexpected `permalink` `/:year/:month/` without `:slug`, expected a pattern that tells posts apart, such as `/:year/:month/:day/:slug/`'
    );
    // `:slugs` is another, unknown, token.
    expect(checkPermalinkPattern('/:slugs/')?.reason).toContain('Unexpected token `:slugs`');
    for (const pattern of [':slug/', '//:slug/', '/:slug', '/:slug.xml', '/../:slug/', '/a b/:slug/', '/:slug/?x', '/a//:slug/']) {
      expect(checkPermalinkPattern(pattern), pattern).toBeDefined();
    }
  });
});

describe('staticPrefixOf', () => {
  it('should give the folder before the first token', () => {
    expect(staticPrefixOf('/inside-rust/:year/:month/:day/:slug/')).toBe('/inside-rust/');
    expect(staticPrefixOf('/blog/:year-:slug.html')).toBe('/blog/');
    expect(staticPrefixOf('/b/log-:slug/')).toBe('/b/');
    expect(staticPrefixOf('/:slug/')).toBe('/');
  });
});

const base = ['title: T', 'baseUrl: https://example.com', 'author: A'];

function config(...lines: string[]) {
  return readSiteConfig([...base, ...lines].join('\n'));
}

describe('readSiteConfig: URL settings', () => {
  it('should read `permalink`, and leave it out when absent', () => {
    expect(config('permalink: /blog/:year-:month-:day-:slug.html').config?.permalink).toBe('/blog/:year-:month-:day-:slug.html');
    expect(config().config).not.toHaveProperty('permalink');
  });

  it('should report an unknown token at its place in the value, quoted or not', () => {
    const plain = config('permalink: /:year/:title/').problems;
    expect(plain.map((problem) => `${at(problem.position)}: ${problem.reason}`)).toEqual([
      '4:19-4:25: Unexpected token `:title` in `permalink`, expected one of `:year`, `:month`, `:day`, `:slug`'
    ]);
    expect(at(config('permalink: "/:year/:title/"').problems[0]?.position)).toBe('4:20-4:26');
  });

  it('should report a pattern without `:slug` at the value', () => {
    const problems = config('permalink: /:year/').problems;
    expect(problems.map((problem) => [problem.ruleId, at(problem.position)])).toEqual([['site-config', '4:12-4:19']]);
  });

  it('should read sections, with a default pattern and index page from the folder', () => {
    const {config: read, problems} = config(
      'sections:',
      '  - folder: inside-rust',
      '    title: Inside Rust',
      '  - folder: notes',
      '    title: Notes',
      '    permalink: /n/:slug.html',
      '    url: /all-notes/'
    );
    expect(problems).toEqual([]);
    expect(read?.sections).toEqual([
      {folder: 'inside-rust', title: 'Inside Rust', permalink: '/inside-rust/:year/:month/:day/:slug/', url: '/inside-rust/'},
      {folder: 'notes', title: 'Notes', permalink: '/n/:slug.html', url: '/all-notes/'}
    ]);
  });

  it('should report a bad section at the offending value, or at its item for what is missing', () => {
    const {problems} = config('sections:', '  - folder: ../up', '    title: Up', '  - title: No folder', '  - folder: a', '  - folder: b', '    title: B', '    permalink: /b/:year/');
    expect(problems.map((problem) => `${at(problem.position)} ${problem.reason.slice(0, 40)}`)).toEqual([
      '5:13-5:18 Unexpected section `folder` `../up`, exp',
      '7:5-8:1 Unexpected section `folder` ``, expected',
      '8:5-9:1 Unexpected missing `title` for section `',
      '11:16-11:25 Unexpected `permalink` `/b/:year/` witho'
    ]);
  });

  it('should read `nav`, and report an entry without a title at its item, a bad URL at the URL', () => {
    expect(config('nav:', '  - {title: About, url: /about/}', '  - {title: Code, url: "https://example.org/code"}').config?.nav?.map(({title, url}) => [title, url])).toEqual([
      ['About', '/about/'],
      ['Code', 'https://example.org/code']
    ]);
    const {problems} = config('nav:', '  - {title: About}', '  - {title: X, url: "javascript:alert(1)"}');
    expect(problems.map((problem) => at(problem.position))).toEqual(['5:5-5:19', '6:21-6:42']);
  });
});
