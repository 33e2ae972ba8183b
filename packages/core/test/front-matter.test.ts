import {describe, expect, it} from 'vitest';
import {readPageMeta, readPostMeta, slugFromFileName} from '../src/index.js';
import {frontMatter, report, testSite} from './helpers.js';

const site = testSite();
const path = 'posts/2013-01-14-hello-world.md';

function post(yaml: string, file = path) {
  return readPostMeta(frontMatter(yaml), file, site);
}

function page(yaml: string) {
  return readPageMeta(frontMatter(yaml));
}

describe('readPostMeta', () => {
  it('should read a minimal post, with defaults', () => {
    const result = post('title: Hello\ndate: 2013-01-14\n');
    expect(result.problems).toEqual([]);
    expect(result.meta).toEqual({
      title: 'Hello',
      date: {
        rfc3339: '2013-01-14T00:00:00-08:00',
        epochMs: Date.UTC(2013, 0, 14, 8),
        year: 2013,
        month: 1,
        day: 14
      },
      slug: 'hello-world',
      draft: false,
      aliases: [],
      explicitIds: false
    });
  });

  it('should read every optional key', () => {
    const {meta, problems} = post(
      [
        'title: Hello',
        'date: 2013-01-14T08:15:00-08:00',
        'updated: 2013-02-01',
        'slug: hi-there',
        'description: A short one.',
        'draft: true',
        'explicitIds: true',
        'aliases:',
        '  - /old/path/'
      ].join('\n')
    );
    expect(problems).toEqual([]);
    expect(meta?.updated?.rfc3339).toBe('2013-02-01T00:00:00-08:00');
    expect(meta?.slug).toBe('hi-there');
    expect(meta?.description).toBe('A short one.');
    expect(meta?.draft).toBe(true);
    expect(meta?.explicitIds).toBe(true);
    expect(meta?.aliases).toEqual(['/old/path/']);
  });

  it('should report a missing title at the start of the block', () => {
    const result = post('date: 2013-01-14\n');
    expect(result.meta).toBeUndefined();
    expect(report(result.problems)).toEqual(['2:1-3:1: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading']);
  });

  it('should report a missing date at the start of the block', () => {
    expect(report(post('title: Hello').problems)).toEqual([
      '2:1-2:13: Unexpected missing `date`, expected a `date` (`YYYY-MM-DD` or RFC 3339) in front matter'
    ]);
  });

  it('should report empty keys at the key', () => {
    expect(report(post('title:\ndate:').problems)).toEqual([
      '2:1-2:6: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading',
      '3:1-3:5: Unexpected missing `date`, expected a `date` (`YYYY-MM-DD` or RFC 3339) in front matter'
    ]);
  });

  it('should report both required keys for empty front matter', () => {
    expect(report(post('').problems)).toEqual([
      '2:1-2:1: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading',
      '2:1-2:1: Unexpected missing `date`, expected a `date` (`YYYY-MM-DD` or RFC 3339) in front matter'
    ]);
  });

  it('should report a list for the title and a number for the date, at the values', () => {
    const problems = post('title:\n  - a\n  - b\ndate: 20130114\n').problems;
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected list for `title`, expected text',
      'Unexpected number for `date`, expected a date as `YYYY-MM-DD` or RFC 3339'
    ]);
    expect(problems.map((problem) => problem.position?.start)).toEqual([
      {line: 3, column: 3},
      {line: 5, column: 7}
    ]);
  });

  it('should report a list for the date', () => {
    expect(report(post('title: Hello\ndate: [2013]').problems)).toEqual([
      '3:7-3:13: Unexpected list for `date`, expected a date as `YYYY-MM-DD` or RFC 3339'
    ]);
  });

  it('should report an impossible date at the value', () => {
    expect(report(post('title: Hello\ndate: 2013-02-30\n').problems)).toEqual([
      '3:7-3:17: Unexpected date `2013-02-30` for `date`, expected a real date as `YYYY-MM-DD` or RFC 3339 (`2013-01-14T08:15:00-08:00`)'
    ]);
  });

  it('should report a control character in the title', () => {
    expect(report(post('title: "Bell \\a here"\ndate: 2013-01-14\n').problems)).toEqual([
      '2:8-2:22: Unexpected control character `U+0007` in `title`, expected printable text'
    ]);
    expect(post('title: "Del \\x7f"\ndate: 2013-01-14\n').problems).toHaveLength(1);
  });

  it('should accept a tab in the title', () => {
    expect(post('title: "A\\tB"\ndate: 2013-01-14\n').meta?.title).toBe('A\tB');
  });

  it('should keep `]]>`, `<` and `&` in a title as written', () => {
    const {meta, problems} = post('title: "A ]]> B < C & D"\ndate: 2013-01-14\n');
    expect(problems).toEqual([]);
    expect(meta?.title).toBe('A ]]> B < C & D');
  });

  it('should report a blank title', () => {
    expect(report(post('title: "  "\ndate: 2013-01-14\n').problems)).toEqual([
      '2:8-2:12: Unexpected empty `title`, expected text'
    ]);
  });

  it('should report a near miss of a known key, with a suggestion', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\ntittle: x\n').problems)).toEqual([
      '4:1-4:7: Unexpected unknown key `tittle`, expected a known key; did you mean `title`?'
    ]);
  });

  it('should not report a custom key unlike any known one', () => {
    const {meta, problems} = post('title: Hello\ndate: 2013-01-14\ncolour: blue\nmood: calm\n');
    expect(problems).toEqual([]);
    expect(meta?.title).toBe('Hello');
  });

  it('should take the slug from the file name without its date', () => {
    expect(post('title: Hello\ndate: 2013-01-14', 'posts/2013-01-14-cap-theorem.md').meta?.slug).toBe('cap-theorem');
    expect(post('title: Hello\ndate: 2013-01-14', 'posts/cap-theorem.md').meta?.slug).toBe('cap-theorem');
  });

  it('should keep the case and dots of the slug from the file name', () => {
    expect(post('title: Hello\ndate: 2013-01-14', 'posts/2013-01-14-Hello-World.md').meta?.slug).toBe('Hello-World');
    expect(post('title: Hello\ndate: 2021-06-17', 'posts/2021-06-17-Rust-1.53.0.md').meta?.slug).toBe('Rust-1.53.0');
  });

  it('should keep the case and dots of a written slug', () => {
    expect(post('title: Hello\ndate: 2021-06-17\nslug: Rust-1.53.0\n').meta?.slug).toBe('Rust-1.53.0');
  });

  it('should take `url:` as the whole site path, and report one that is not a page path at the value', () => {
    expect(post('title: Hello\ndate: 2013-01-14\nurl: /blog/2012-12-31-hello.html\n').meta?.url).toBe('/blog/2012-12-31-hello.html');
    expect(post('title: Hello\ndate: 2013-01-14\nurl: /2012/12/31/hello/\n').meta?.url).toBe('/2012/12/31/hello/');
    expect(post('title: Hello\ndate: 2013-01-14\n').meta?.url).toBeUndefined();
    expect(report(post('title: Hello\ndate: 2013-01-14\nurl: /a/../b/\n').problems)).toEqual([
      '4:6-4:14: Unexpected `url` `/a/../b/`, expected a site path ending in `/` or `.html` such as `/2013/01/14/cap/`'
    ]);
    for (const url of ['hello/', '//host/x/', '/x?y/', '/x', '/a b/', '/x.xml']) {
      expect(post(`title: Hello\ndate: 2013-01-14\nurl: "${url}"\n`).problems, url).toHaveLength(1);
    }
  });

  it('should report a file name that gives an empty slug, at the start of the block', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14', 'posts/2013-01-14-.md').problems)).toEqual([
      '2:1-3:17: Unexpected slug ``, expected letters, digits, `-`, `_` and `.` (not first or last, never `..`)'
    ]);
  });

  it('should report a file name that gives an unusable slug', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14', 'posts/Hello World.md').problems)).toEqual([
      '2:1-3:17: Unexpected slug `Hello World`, expected letters, digits, `-`, `_` and `.` (not first or last, never `..`)'
    ]);
  });

  it('should prefer a written slug to the file name', () => {
    expect(post('title: Hello\ndate: 2013-01-14\nslug: cap\n').meta?.slug).toBe('cap');
  });

  it('should report a written slug with spaces, dots at an end or `..`, at the value', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\nslug: Bad Slug\n').problems)).toEqual([
      '4:7-4:15: Unexpected slug `Bad Slug`, expected letters, digits, `-`, `_` and `.` (not first or last, never `..`)'
    ]);
    for (const slug of ['.hidden', 'end.', 'a..b', '..']) {
      expect(post(`title: Hello\ndate: 2013-01-14\nslug: "${slug}"\n`).problems, slug).toHaveLength(1);
    }
    expect(post('title: Hello\ndate: 2013-01-14\nslug: -dash\n').problems).toHaveLength(1);
    expect(post('title: Hello\ndate: 2013-01-14\nslug: a/b\n').problems).toHaveLength(1);
  });

  it('should accept slugs with digits and letters outside ASCII', () => {
    expect(post('title: Hello\ndate: 2013-01-14\nslug: 2pc-ünïcode\n').meta?.slug).toBe('2pc-ünïcode');
  });

  it('should fall back to the file name for an empty slug key', () => {
    expect(post('title: Hello\ndate: 2013-01-14\nslug:\n').meta?.slug).toBe('hello-world');
  });

  it('should normalise aliases: a trailing slash added, `.html` kept, sorted', () => {
    const {meta, problems} = post('title: Hello\ndate: 2013-01-14\naliases:\n  - /z/old\n  - /a/b.html\n  - /c/\n');
    expect(problems).toEqual([]);
    expect(meta?.aliases).toEqual(['/a/b.html', '/c/', '/z/old/']);
  });

  it('should report every bad alias at its item', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\naliases:\n  - /ok/\n  - nope\n  - /x?y\n  - 3\n  - /a b\n').problems)).toEqual([
      '6:5-6:9: Unexpected alias `nope`, expected a URL path such as `/old/path/`',
      '7:5-7:9: Unexpected alias `/x?y`, expected a URL path such as `/old/path/`',
      '8:5-8:6: Unexpected alias `3`, expected a URL path such as `/old/path/`',
      '9:5-9:9: Unexpected alias `/a b`, expected a URL path such as `/old/path/`'
    ]);
  });

  it('should report the third alias of a flow list at its item, and a mapping item too', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\naliases: [/a/, /b/, "c d", {x: 1}]\n').problems)).toEqual([
      '4:21-4:26: Unexpected alias `c d`, expected a URL path such as `/old/path/`',
      '4:28-4:34: Unexpected alias `[object Object]`, expected a URL path such as `/old/path/`'
    ]);
  });

  it('should report a wrong type at the value, and a value left empty at its key', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\ndraft: [yes]\nupdated:\nimage: {a: b}\n').problems)).toEqual([
      '4:8-4:13: Unexpected list for `draft`, expected `true` or `false`',
      '6:8-6:14: Unexpected mapping for `image`, expected text'
    ]);
  });

  it('should report an `updated` before the `date` even when another key is in error', () => {
    expect(report(post('title: [a]\ndate: 2013-01-14\nupdated: 2013-01-13\n').problems)).toEqual([
      '2:8-2:11: Unexpected list for `title`, expected text',
      '4:10-4:20: Unexpected `updated` `2013-01-13T00:00:00-08:00` before `date`, expected a moment on or after it'
    ]);
  });

  it('should report aliases that would be written outside the output, at the item', () => {
    expect(report(post("title: Hello\ndate: 2013-01-14\naliases:\n  - /../../escaped/\n  - /%2e%2e/x/\n  - \"/a\\0b/\"\n").problems)).toEqual([
      '5:5-5:20: Unexpected alias `/../../escaped/`, expected a URL path inside the site without `.` or `..` segments',
      '6:5-6:15: Unexpected alias `/%2e%2e/x/`, expected a URL path inside the site without `.` or `..` segments',
      '7:5-7:13: Unexpected alias `/a\\u0000b/`, expected a URL path inside the site without control characters'
    ]);
  });

  it('should give where the URL and each alias were written', () => {
    const {places} = post('title: Hello\ndate: 2013-01-14\nslug: hi\naliases: [/b/, /a/]\n');
    expect(places?.url?.start).toEqual({line: 4, column: 7});
    expect(places?.aliases?.map(({alias, position}) => `${alias} ${position.start.line}:${position.start.column}`)).toEqual(['/a/ 5:16', '/b/ 5:11']);
  });

  it('should report a slug too long for a file name, at the slug', () => {
    expect(report(post(`title: Hello\ndate: 2013-01-14\nslug: ${'a'.repeat(300)}\n`).problems)).toEqual([
      `4:7-4:307: Unexpected slug \`${'a'.repeat(40)}…\`, expected a slug without names longer than 200 bytes (one is 300 bytes)`
    ]);
  });

  it('should report dates outside the years 0001–9999, in UTC or the site’s zone', () => {
    expect(report(post('title: Hello\ndate: 9999-12-31T23:30:00-12:00\n').problems)).toEqual([
      '3:7-3:32: Unexpected date `9999-12-31T23:30:00-12:00` for `date` in year `10000` of `America/Los_Angeles`, expected a moment from 0001-01-01 to 9999-12-31 both there and in UTC'
    ]);
    expect(post('title: Hello\ndate: 0000-06-01\n').problems).toHaveLength(1);
    expect(post('title: Hello\ndate: 0099-05-01\n').meta?.date.year).toBe(99);
  });

  it('should report a noncharacter written as an escape in the title', () => {
    expect(report(post('title: "Odd \\uFFFE"\ndate: 2013-01-14\n').problems)).toEqual(['2:8-2:20: Unexpected noncharacter `U+FFFE` in `title`, expected printable text']);
  });

  it('should report aliases that are not a list', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\naliases: /old\n').problems)).toEqual([
      '4:10-4:14: Unexpected string for `aliases`, expected a list of URL paths'
    ]);
  });

  it('should report `updated` before `date`, at `updated`', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\nupdated: 2013-01-13\n').problems)).toEqual([
      '4:10-4:20: Unexpected `updated` `2013-01-13T00:00:00-08:00` before `date`, expected a moment on or after it'
    ]);
  });

  it('should compare `updated` and `date` as moments, not as text', () => {
    expect(post('title: Hello\ndate: 2013-01-14T10:00:00-08:00\nupdated: 2013-01-14\n').problems).toHaveLength(1);
    expect(post('title: Hello\ndate: 2013-01-14\nupdated: 2013-01-14\n').problems).toEqual([]);
  });

  it('should report an impossible `updated`', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\nupdated: 2013-13-01\n').problems)).toEqual([
      '4:10-4:20: Unexpected date `2013-13-01` for `updated`, expected a real date as `YYYY-MM-DD` or RFC 3339 (`2013-01-14T08:15:00-08:00`)'
    ]);
  });

  it('should report booleans written as text', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\ndraft: "true"\nexplicitIds: yes\n').problems)).toEqual([
      '4:8-4:14: Unexpected string for `draft`, expected `true` or `false`',
      '5:14-5:17: Unexpected string for `explicitIds`, expected `true` or `false`'
    ]);
  });

  it('should report a mapping for the description', () => {
    expect(report(post('title: Hello\ndate: 2013-01-14\ndescription: {a: 1}\n').problems)).toEqual([
      '4:14-4:20: Unexpected mapping for `description`, expected text'
    ]);
  });

  it('should read a number title as its text', () => {
    expect(post('title: 42\ndate: 2013-01-14\n').meta?.title).toBe('42');
  });

  it('should pass on malformed YAML problems alone', () => {
    const mapping = frontMatter('title: [a\ndate: x');
    const result = readPostMeta(mapping, path, site);
    expect(result.meta).toBeUndefined();
    expect(result.problems).toEqual(mapping.problems);
    expect(result.problems).toHaveLength(1);
  });

  it('should date the post in the site’s time zone', () => {
    const meta = post('title: Hello\ndate: 2013-01-15T07:30:00Z\n').meta;
    expect([meta?.date.year, meta?.date.month, meta?.date.day]).toEqual([2013, 1, 14]);
  });
});

describe('readPageMeta', () => {
  it('should read a page', () => {
    expect(page('title: About\n')).toEqual({meta: {title: 'About', draft: false}, problems: []});
    expect(page('title: About\ndescription: Me.\ndraft: true\n').meta).toEqual({
      title: 'About',
      description: 'Me.',
      draft: true
    });
  });

  it('should report a missing title', () => {
    expect(report(page('description: x').problems)).toEqual([
      '2:1-2:15: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading'
    ]);
  });

  it('should report a near miss of a page key', () => {
    expect(report(page('title: About\ndraf: true\n').problems)).toEqual([
      '3:1-3:5: Unexpected unknown key `draf`, expected a known key; did you mean `draft`?'
    ]);
  });

  it('should not report post keys unlike any page key', () => {
    expect(page('title: About\ndate: 2013-01-14\n').problems).toEqual([]);
  });
});

describe('slugFromFileName', () => {
  it('should drop the directory, `.md` and a leading date', () => {
    expect(slugFromFileName('posts/2013-01-14-cap-theorem.md')).toBe('cap-theorem');
    expect(slugFromFileName('2013-01-14-cap.MD')).toBe('cap');
  });

  it('should keep a date that is not followed by `-`', () => {
    expect(slugFromFileName('posts/2013-01-14.md')).toBe('2013-01-14');
  });
});

describe('readPostMeta image', () => {
  it('should keep a site path or an absolute URL', () => {
    expect(post('title: A\ndate: 2013-01-14\nimage: /images/cover.jpg\n').meta?.image).toBe('/images/cover.jpg');
    expect(post('title: A\ndate: 2013-01-14\nimage: https://cdn.example.com/a.png\n').meta?.image).toBe('https://cdn.example.com/a.png');
  });

  it('should report a relative path, at the value (the line after the opening ---)', () => {
    const result = post('title: A\ndate: 2013-01-14\nimage: cover.jpg\n');
    expect(result.meta).toBeUndefined();
    expect(result.problems.map((problem) => [problem.ruleId, problem.reason, problem.position?.start.line])).toEqual([
      ['front-matter', 'Unexpected `image` `cover.jpg`, expected a site path such as `/images/cover.jpg` or an absolute URL', 4]
    ]);
  });
});
