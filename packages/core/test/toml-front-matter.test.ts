import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {collectFacts, readSiteConfig, readTomlMapping, sourceKindOf} from '../src/index.js';
import {at, parse, report, testSite} from './helpers.js';

const site = testSite();

function facts(path: string, markdown: string) {
  return collectFacts(parse(markdown, path), path, site);
}

describe('readTomlMapping', () => {
  it('should keep where every top-level key and value was written', () => {
    const mapping = readTomlMapping('title = "Hi"\ndate = 2013-01-14\naliases = ["/a/", "/b/"]\n\n[extra]\nx = 1\n', {line: 2, column: 1}, 'front-matter');
    expect(mapping.problems).toEqual([]);
    expect([...mapping.fields.keys()]).toEqual(['title', 'date', 'aliases', 'extra']);
    const title = mapping.fields.get('title');
    expect(title?.value).toBe('Hi');
    expect(at(title?.keyPosition)).toBe('2:1-2:6');
    expect(at(title?.valuePosition)).toBe('2:9-2:13');
    // Dates stay as written, for the date parser to read in the site's zone.
    expect(mapping.fields.get('date')?.value).toBe('2013-01-14');
    expect(mapping.fields.get('aliases')?.itemPositions.map(at)).toEqual(['4:12-4:17', '4:19-4:24']);
    expect(mapping.fields.get('extra')).toMatchObject({value: {x: 1}, scalar: false});
  });

  it('should gather a dotted key into a mapping', () => {
    const mapping = readTomlMapping('taxonomies.tags = ["a"]\ntaxonomies.cats = ["b"]\n', {line: 2, column: 1}, 'front-matter');
    expect(mapping.fields.get('taxonomies')).toMatchObject({value: {tags: ['a'], cats: ['b']}, scalar: false});
  });

  it('should report malformed TOML at the place it breaks', () => {
    const mapping = readTomlMapping('title = "Hi"\ndate = \n', {line: 2, column: 1}, 'front-matter');
    expect(mapping.fields.size).toBe(0);
    expect(mapping.problems).toHaveLength(1);
    expect(report(mapping.problems)).toEqual(['3:7-3:7: Unexpected malformed TOML: unspecified values are invalid, expected valid TOML']);
  });

  it('should report a key written twice', () => {
    const mapping = readTomlMapping('title = "a"\ntitle = "b"\n', {line: 2, column: 1}, 'front-matter');
    expect(report(mapping.problems)).toEqual(['3:1-3:1: Unexpected malformed TOML: defining a key multiple times is invalid, expected valid TOML']);
  });
});

describe('collectFacts with TOML front matter', () => {
  it('should read a post between `+++` lines', () => {
    const result = facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\ndate = 2013-01-14T08:15:00-08:00\nslug = "cap-theorem"\n+++\n\nText.\n');
    expect(result.problems).toEqual([]);
    expect(result.title).toBe('CAP');
    expect(result.url).toBe('/2013/01/14/cap-theorem/');
  });

  it('should place a bad value at its line and column', () => {
    const result = facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\ndate = "soon"\n+++\n');
    expect(report(result.problems)).toEqual([
      '3:8-3:14: Unexpected date `soon` for `date`, expected a real date as `YYYY-MM-DD` or RFC 3339 (`2013-01-14T08:15:00-08:00`)'
    ]);
  });

  it('should place the third alias, and a value in a table, at what was written', () => {
    const result = facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\ndate = 2013-01-14\naliases = ["/a/", "/b/", "c"]\ndraft = "no"\n+++\n');
    expect(report(result.problems)).toEqual([
      '4:26-4:29: Unexpected alias `c`, expected a URL path such as `/old/path/`',
      '5:9-5:13: Unexpected string for `draft`, expected `true` or `false`'
    ]);
  });

  it('should report a near miss of a known key at the TOML key', () => {
    const result = facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\ndate = 2013-01-14\n\n[extra]\nx = 1\n+++\n');
    expect(result.problems).toEqual([]);
    expect(report(facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\ndate = 2013-01-14\nslgu = "x"\n+++\n').problems)).toEqual([
      '4:1-4:5: Unexpected unknown key `slgu`, expected a known key; did you mean `slug`?'
    ]);
  });

  it('should report an unterminated `+++` block', () => {
    const result = facts('posts/2013-01-14-cap.md', '+++\ntitle = "CAP"\n');
    expect(report(result.problems)).toEqual(['1:1-1:1: Unexpected unterminated front matter, expected a closing `+++` line after the last key']);
  });
});

describe('an optional title', () => {
  it('should take the first `#` heading when front matter has no `title`', () => {
    const result = facts('posts/2013-01-14-cap.md', '---\ndate: 2013-01-14\n---\n\n## Not this\n\n# The *CAP* theorem {#cap}\n\n# Nor this\n');
    expect(result.problems).toEqual([]);
    expect(result.title).toBe('The CAP theorem');
  });

  it('should prefer `title` to the heading', () => {
    const result = facts('pages/about.md', '---\ntitle: About me\n---\n\n# About\n');
    expect(result.title).toBe('About me');
  });

  it('should report a post with neither', () => {
    const result = facts('posts/2013-01-14-cap.md', '---\ndate: 2013-01-14\n---\n\n## Only a section\n');
    expect(report(result.problems)).toEqual(['2:1-2:17: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading']);
  });

  it('should still report an empty `title` written in front matter', () => {
    const result = facts('pages/about.md', '---\ntitle: ""\n---\n\n# About\n');
    expect(report(result.problems)).toEqual(['2:8-2:10: Unexpected empty `title`, expected text']);
  });
});

describe('the posts folder and Markdown extensions', () => {
  it('should count `.markdown` files as posts and pages, with the slug and URL of `.md`', () => {
    expect(sourceKindOf('posts/2013-01-14-cap.markdown')).toBe('post');
    expect(sourceKindOf('pages/about.MARKDOWN')).toBe('page');
    const result = facts('posts/2013-01-14-cap.markdown', '---\ntitle: CAP\ndate: 2013-01-14\n---\n');
    expect(result.url).toBe('/2013/01/14/cap/');
    expect(facts('pages/about.markdown', '---\ntitle: About\n---\n').url).toBe('/about/');
  });

  it('should find posts in the folder `posts` names', () => {
    expect(sourceKindOf('_posts/2013-01-14-cap.md', '_posts')).toBe('post');
    expect(sourceKindOf('posts/2013-01-14-cap.md', '_posts')).toBe('other');
    expect(sourceKindOf('content/blog/x.md', 'content/blog')).toBe('post');
  });

  it('should read `posts` from site.yaml, `posts` by default', () => {
    const base = 'title: T\nbaseUrl: https://example.com\nauthor: A\n';
    expect(readSiteConfig(base).config?.posts).toBe('posts');
    expect(readSiteConfig(`${base}posts: _posts\n`).config?.posts).toBe('_posts');
    expect(readSiteConfig(`${base}posts: content/blog/\n`).config?.posts).toBe('content/blog');
  });

  it('should refuse a posts folder outside the content or on pages', () => {
    const base = 'title: T\nbaseUrl: https://example.com\nauthor: A\n';
    for (const bad of ['../elsewhere', '/abs', 'a/../b', '""', 'pages', '[a]']) {
      const {config, problems} = readSiteConfig(`${base}posts: ${bad}\n`);
      expect(config, bad).toBeUndefined();
      expect(report(problems)[0], bad).toMatch(/^4:8-4:\d+: Unexpected `posts` /);
    }
  });
});

describe('TOML front matter on any input', () => {
  // A fixed seed keeps CI repeatable; set FOLIO_FC_SEED to explore others.
  const seed = Number(process.env.FOLIO_FC_SEED ?? 20_261_201);
  const pieces = fc.constantFrom('title', 'date', 'aliases', '=', ' ', '\n', '"', "'", '[', ']', '[[x]]', '{', '}', ',', '.', '2020-01-02', '07:32:00', 'T', 'Z', '+01:00', '1e999', '0x10', 'inf', 'true', '#', '\\u0000', '"""');
  const toml = fc.array(pieces, {maxLength: 40}).map((parts) => parts.join(''));

  it('should never throw, and place every problem inside the file', () => {
    fc.assert(
      fc.property(toml, (text) => {
        const markdown = `+++\n${text}\n+++\n\nBody.\n`;
        const result = facts('posts/2020-01-02-x.md', markdown);
        const lines = markdown.split('\n').length;
        for (const problem of result.problems) {
          expect(problem.ruleId).toBe('front-matter');
          expect(problem.position?.start.line).toBeGreaterThanOrEqual(1);
          expect(problem.position?.start.line).toBeLessThanOrEqual(lines);
        }
      }),
      {numRuns: 500, seed}
    );
  });
});
