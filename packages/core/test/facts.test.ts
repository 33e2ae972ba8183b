import {describe, expect, it} from 'vitest';
import {collectFacts, sourceKindOf} from '../src/index.js';
import {parse, report, testSite} from './helpers.js';

const site = testSite();

function facts(path: string, markdown: string, drafts = false) {
  return collectFacts(parse(markdown, path), path, site, drafts ? {drafts} : {});
}

describe('sourceKindOf', () => {
  it('should tell posts, pages and other Markdown apart', () => {
    expect(sourceKindOf('posts/2013-01-14-cap.md')).toBe('post');
    expect(sourceKindOf('pages/about.md')).toBe('page');
    expect(sourceKindOf('pages/About.MD')).toBe('page');
    expect(sourceKindOf('notes/readme.md')).toBe('other');
    expect(sourceKindOf('posts/inside-rust/x.md')).toBe('post');
    expect(sourceKindOf('posts/a/b/x.md')).toBe('other');
    expect(sourceKindOf('posts/x.txt')).toBe('other');
    expect(sourceKindOf('README.md')).toBe('other');
  });
});

describe('collectFacts', () => {
  it('should collect a post: meta, title, URL, anchors and links', () => {
    const result = facts(
      'posts/2013-01-14-cap.md',
      '---\ntitle: CAP\ndate: 2013-01-14\n---\n\n## The CAP theorem {#cap}\n\nSee [the other](./2013-02-01-other.md#intro).\n'
    );
    expect(result.kind).toBe('post');
    expect(result.title).toBe('CAP');
    expect(result.post?.slug).toBe('cap');
    expect(result.page).toBeUndefined();
    expect(result.draft).toBe(false);
    expect(result.url).toBe('/2013/01/14/cap/');
    expect(result.plannedUrl).toBe('/2013/01/14/cap/');
    expect(result.anchors.map((anchor) => anchor.id)).toEqual(['cap']);
    expect(result.links.map((link) => link.url)).toEqual(['./2013-02-01-other.md#intro']);
    expect(result.problems).toEqual([]);
  });

  it('should collect a page with its URL from the file name', () => {
    const result = facts('pages/about.md', '---\ntitle: About\n---\n\nHi.\n');
    expect(result.kind).toBe('page');
    expect(result.page).toEqual({title: 'About', draft: false});
    expect(result.post).toBeUndefined();
    expect(result.url).toBe('/about/');
  });

  it('should collect anchors and links of other Markdown, without a URL or meta', () => {
    const result = facts('notes/readme.md', '# Readme\n\n[x](https://example.com)\n');
    expect(result).toEqual({
      path: 'notes/readme.md',
      kind: 'other',
      draft: false,
      anchors: [expect.objectContaining({id: 'readme', kind: 'heading'})],
      links: [expect.objectContaining({url: 'https://example.com', kind: 'link'})],
      problems: []
    });
  });

  it('should not read front matter of other Markdown', () => {
    expect(facts('notes/readme.md', '---\ntitle: [broken\n---\n').problems).toEqual([]);
  });

  it('should plan a draft’s URL but not publish it', () => {
    const result = facts('posts/2013-03-01-soon.md', '---\ntitle: Soon\ndate: 2013-03-01\ndraft: true\n---\n');
    expect(result.draft).toBe(true);
    expect(result.plannedUrl).toBe('/2013/03/01/soon/');
    expect(result.url).toBeUndefined();
  });

  it('should publish a draft when drafts are asked for', () => {
    const result = facts('posts/2013-03-01-soon.md', '---\ntitle: Soon\ndate: 2013-03-01\ndraft: true\n---\n', true);
    expect(result.draft).toBe(true);
    expect(result.url).toBe('/2013/03/01/soon/');
  });

  it('should plan a draft page’s URL but not publish it', () => {
    const result = facts('pages/colophon.md', '---\ntitle: Colophon\ndraft: true\n---\n');
    expect(result.plannedUrl).toBe('/colophon/');
    expect(result.url).toBeUndefined();
  });

  it('should report missing front matter of a post at 1:1', () => {
    const result = facts('posts/2013-01-14-cap.md', '# CAP\n');
    expect(report(result.problems)).toEqual([
      '1:1-1:1: Unexpected missing front matter, expected a `---` (YAML) or `+++` (TOML) block with `title` and `date`'
    ]);
    expect(result.problems[0]?.ruleId).toBe('front-matter');
    expect(result.url).toBeUndefined();
    expect(result.plannedUrl).toBeUndefined();
    expect(result.anchors.map((anchor) => anchor.id)).toEqual(['cap']);
  });

  it('should report missing front matter of a page at 1:1', () => {
    expect(report(facts('pages/about.md', 'Hi.\n').problems)).toEqual([
      '1:1-1:1: Unexpected missing front matter, expected a `---` (YAML) or `+++` (TOML) block with `title`'
    ]);
  });

  it('should place front matter problems in the file, below the opening `---`', () => {
    const result = facts('posts/2013-01-14-cap.md', '---\ntitle: CAP\ndate: 2013-02-30\n---\n');
    expect(report(result.problems)).toEqual([
      '3:7-3:17: Unexpected date `2013-02-30` for `date`, expected a real date as `YYYY-MM-DD` or RFC 3339 (`2013-01-14T08:15:00-08:00`)'
    ]);
    expect(result.url).toBeUndefined();
    expect(result.post).toBeUndefined();
  });

  it('should report malformed front matter with the front-matter rule id', () => {
    const result = facts('posts/2013-01-14-cap.md', '---\ntitle: [broken\n---\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.ruleId).toBe('front-matter');
    expect(result.problems[0]?.position?.start.line).toBe(2);
  });

  it('should take the URL from the date in the site’s zone', () => {
    expect(facts('posts/late.md', '---\ntitle: Late\ndate: 2013-01-15T07:30:00Z\n---\n').url).toBe('/2013/01/14/late/');
  });

  it('should use the site’s footnote patterns for anchors', () => {
    const result = facts('posts/x.md', '---\ntitle: X\ndate: 2013-01-14\n---\n\nA[^1].\n\n[^1]: One.\n');
    expect(result.anchors.map((anchor) => anchor.id)).toEqual(['fnref:1', 'fn:1']);
  });
});

describe('collectFacts and output paths', () => {
  it('should not publish a page whose name gives a URL with `?` or `#`, and say why at 1:1', () => {
    const result = facts('pages/a#b?c.md', '---\ntitle: Odd\n---\n\nHi.\n');
    expect(result.url).toBeUndefined();
    expect(report(result.problems)).toEqual([
      '1:1-1:1: Unexpected page name `a#b?c.md`, expected a name whose URL `/a#b?c/` has no `?` or `#` (a browser reads them as the start of a query or fragment) (rename the file)'
    ]);
  });

  it('should record where a post’s URL and aliases come from', () => {
    const result = facts('posts/2013-01-14-cap.md', '---\ntitle: CAP\ndate: 2013-01-14\naliases: [/old/]\n---\n\nHi.\n');
    expect(result.places?.url?.start).toMatchObject({line: 3, column: 7});
    expect(result.places?.aliases?.map(({alias, position}) => `${alias} ${position.start.line}:${position.start.column}`)).toEqual(['/old/ 4:11']);
  });
});
