import {describe, expect, it} from 'vitest';
import {readSiteConfig} from '../src/index.js';
import {at, report} from './helpers.js';

const minimal = 'title: Something Similar\nbaseUrl: https://www.somethingsimilar.com\nauthor: Jeff Hodges\n';

function withMinimal(...lines: string[]): string {
  return minimal + lines.join('\n');
}

describe('readSiteConfig', () => {
  it('should fill in every default', () => {
    expect(readSiteConfig(minimal)).toEqual({
      config: {
        title: 'Something Similar',
        description: '',
        baseUrl: 'https://www.somethingsimilar.com',
        language: 'en',
        timeZone: 'UTC',
        author: {name: 'Jeff Hodges'},
        footnotes: {definition: 'fn-{label}', reference: 'fnref-{label}'},
        feed: {path: 'atom.xml', entries: 0},
        headingIds: 'github',
        posts: 'posts',
        rules: {}
      },
      problems: []
    });
  });

  it('should read every field', () => {
    const {config, problems} = readSiteConfig(
      [
        'title: T',
        'description: Essays.',
        'baseUrl: https://www.example.com',
        'language: en-GB',
        'timeZone: America/Los_Angeles',
        'author:',
        '  name: Jeff',
        '  uri: https://www.example.com/about/',
        '  email: jeff@example.com',
        'footnotes:',
        '  definition: "fn:{label}"',
        '  reference: "fnref:{label}"',
        'feed:',
        '  path: feed.xml',
        '  entries: 10',
        'headingIds: zola'
      ].join('\n')
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      title: 'T',
      description: 'Essays.',
      baseUrl: 'https://www.example.com',
      language: 'en-GB',
      timeZone: 'America/Los_Angeles',
      author: {name: 'Jeff', uri: 'https://www.example.com/about/', email: 'jeff@example.com'},
      footnotes: {definition: 'fn:{label}', reference: 'fnref:{label}'},
      feed: {path: 'feed.xml', entries: 10},
      headingIds: 'zola',
      posts: 'posts',
      rules: {}
    });
  });

  it('should report every missing required field at the start of an empty file', () => {
    expect(report(readSiteConfig('').problems)).toEqual([
      '1:1-1:1: Unexpected missing `title`, expected the site’s title',
      '1:1-1:1: Unexpected `baseUrl` ``, expected an absolute URL such as `https://www.example.com`',
      '1:1-1:1: Unexpected missing `author.name`, expected the author’s name'
    ]);
  });

  it('should report a blank or non-text title at its value', () => {
    expect(report(readSiteConfig('title: " "\nbaseUrl: https://example.com\nauthor: J').problems)).toEqual([
      '1:8-1:11: Unexpected missing `title`, expected the site’s title'
    ]);
    expect(readSiteConfig('title: [T]\nbaseUrl: https://example.com\nauthor: J').config).toBeUndefined();
  });

  it('should report a baseUrl that is not an absolute http(s) URL', () => {
    for (const baseUrl of ['example.com', 'ftp://example.com', '/blog', 'https://', 'https://exa mple.com']) {
      const {config, problems} = readSiteConfig(`title: T\nbaseUrl: ${baseUrl}\nauthor: J`);
      expect(config, baseUrl).toBeUndefined();
      expect(problems.map((problem) => problem.reason)).toEqual([
        `Unexpected \`baseUrl\` \`${baseUrl}\`, expected an absolute URL such as \`https://www.example.com\``
      ]);
    }
    expect(report(readSiteConfig('title: T\nbaseUrl: example.com\nauthor: J').problems)).toEqual([
      '2:10-2:21: Unexpected `baseUrl` `example.com`, expected an absolute URL such as `https://www.example.com`'
    ]);
  });

  it('should report values the feed and the pages could not carry, at the nested value', () => {
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com/a"b\nauthor: J').problems)).toEqual([
      '2:10-2:33: Unexpected `baseUrl` `https://example.com/a"b`, expected an absolute URL such as `https://www.example.com`, without spaces, quotes, angle brackets, braces or backslashes'
    ]);
    expect(report(readSiteConfig('title: T\nbaseUrl: https://[::1]\nauthor: J').problems)[0]).toContain('whose host is a domain name');
    expect(report(readSiteConfig('title: T\nbaseUrl: https://u:p@example.com\nauthor: J').problems)[0]).toContain('without a user name or password');
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: J\nlanguage: \'en"x\'').problems)).toEqual([
      '4:11-4:17: Unexpected `language` `en"x`, expected a language tag such as `en` or `en-US`'
    ]);
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor:\n  name: J\n  email: nobody').problems)).toEqual([
      '5:10-5:16: Unexpected `author.email` `nobody`, expected an email address such as `name@example.com`'
    ]);
    expect(report(readSiteConfig('title: "T\\u0007"\nbaseUrl: https://example.com\nauthor: J').problems)).toEqual([
      '1:8-1:17: Unexpected `title` `T\\u0007`, expected printable text, without control characters or noncharacters'
    ]);
  });

  it('should report a `feed.path` that would be written outside the output, at its value', () => {
    const feed = (path: string) => report(readSiteConfig(`title: T\nbaseUrl: https://example.com\nauthor: J\nfeed:\n  path: ${path}\n`).problems);
    expect(feed('../../x.xml')).toEqual([
      '5:9-5:20: Unexpected `feed.path` `../../x.xml`, expected a file path inside the output such as `atom.xml` or `feeds/all.xml`, without `.` or `..` segments'
    ]);
    expect(feed('/etc/x.xml')[0]).toContain('without a leading or trailing `/`');
    expect(feed('feeds/')[0]).toContain('without a leading or trailing `/`');
    expect(feed('"%2e%2e/x.xml"')[0]).toContain('without `.` or `..` segments');
    expect(feed('a\\b.xml')[0]).toContain('without backslashes');
    expect(feed('feed.xml?x')[0]).toContain('`?` or `#`');
    expect(feed(`${'f'.repeat(300)}.xml`)[0]).toContain('names longer than 200 bytes');
    expect(feed('feeds/all.xml')).toEqual([]);
  });

  it('should report a baseUrl with a query or a fragment', () => {
    expect(readSiteConfig('title: T\nbaseUrl: https://example.com?x=1\nauthor: J').problems).toHaveLength(1);
    expect(readSiteConfig('title: T\nbaseUrl: https://example.com/#top\nauthor: J').problems).toHaveLength(1);
  });

  it('should remove trailing slashes from baseUrl and keep its path', () => {
    expect(readSiteConfig('title: T\nbaseUrl: https://www.example.com/\nauthor: J').config?.baseUrl).toBe('https://www.example.com');
    expect(readSiteConfig('title: T\nbaseUrl: https://example.com///\nauthor: J').config?.baseUrl).toBe('https://example.com');
    expect(readSiteConfig('title: T\nbaseUrl: http://example.com/blog/\nauthor: J').config?.baseUrl).toBe('http://example.com/blog');
  });

  it('should report an unknown time zone at its value', () => {
    expect(report(readSiteConfig(withMinimal('timeZone: Mars/Base')).problems)).toEqual([
      '4:11-4:20: Unexpected time zone `Mars/Base`, expected an IANA zone such as `America/Los_Angeles`'
    ]);
  });

  it('should report an unknown `headingIds` engine at its value', () => {
    expect(report(readSiteConfig(withMinimal('headingIds: gatsby')).problems)).toEqual([
      '4:13-4:19: Unexpected `headingIds` `gatsby`, expected the engine whose heading ids the site keeps: one of `github`, `hugo`, `zola`, `jekyll`, `vuepress`'
    ]);
    expect(report(readSiteConfig(withMinimal('headingIds: [hugo]')).problems)).toHaveLength(1);
  });

  it('should read every `headingIds` engine', () => {
    for (const engine of ['github', 'hugo', 'zola', 'jekyll', 'vuepress']) {
      expect(readSiteConfig(withMinimal(`headingIds: ${engine}`)).config?.headingIds).toBe(engine);
    }
  });

  it('should read the author’s name from `author.name` or a plain `author`', () => {
    expect(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor:\n  name: Jeff').config?.author).toEqual({name: 'Jeff'});
    expect(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: Jeff').config?.author).toEqual({name: 'Jeff'});
  });

  it('should report an author without a name, at the author', () => {
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: {uri: x}').problems)).toEqual([
      '3:9-3:17: Unexpected missing `author.name`, expected the author’s name'
    ]);
  });

  it('should report a footnote pattern without `{label}`, at the pattern', () => {
    const {config, problems} = readSiteConfig(withMinimal('footnotes:', '  definition: fn', '  reference: "fnref:{label}"'));
    expect(config).toBeUndefined();
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected footnote id pattern `fn`, expected one with `{label}`'
    ]);
    expect(problems[0]?.position?.start).toEqual({line: 5, column: 15, offset: 112});
  });

  it('should report equal footnote patterns', () => {
    const {problems} = readSiteConfig(withMinimal('footnotes:', '  definition: "n{label}"', '  reference: "n{label}"'));
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected equal footnote id patterns, expected different ones for definitions and references'
    ]);
  });

  it('should keep the default for a footnote pattern left out', () => {
    expect(readSiteConfig(withMinimal('footnotes:', '  definition: "fn:{label}"')).config?.footnotes).toEqual({
      definition: 'fn:{label}',
      reference: 'fnref-{label}'
    });
  });

  it('should report feed entries that are not a whole number, at the value', () => {
    for (const entries of ['-1', '2.5', 'ten']) {
      const {config, problems} = readSiteConfig(withMinimal('feed:', `  entries: ${entries}`));
      expect(config, entries).toBeUndefined();
      expect(report(problems)).toEqual([
        `5:12-5:${12 + entries.length}: Unexpected \`feed.entries\` \`${entries}\`, expected a whole number (0 for all posts)`
      ]);
    }
  });

  it('should accept zero feed entries, meaning all posts', () => {
    expect(readSiteConfig(withMinimal('feed:', '  entries: 0')).config?.feed).toEqual({path: 'atom.xml', entries: 0});
  });

  it('should keep rule settings raw, for the lint package to validate', () => {
    const {config, problems} = readSiteConfig(
      withMinimal('rules:', '  no-missing-anchor: off', '  heading-style: [error, {style: atx}]', '  not-a-rule: 1')
    );
    expect(problems).toEqual([]);
    expect(config?.rules).toEqual({
      'no-missing-anchor': 'off',
      'heading-style': ['error', {style: 'atx'}],
      'not-a-rule': 1
    });
  });

  it('should report malformed YAML with the site-config rule id', () => {
    const {config, problems} = readSiteConfig('title: [T\nbaseUrl: x');
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('site-config');
  });

  it('should report a file that is not a mapping', () => {
    const {config, problems} = readSiteConfig('- a\n');
    expect(config).toBeUndefined();
    expect(problems.map((problem) => problem.ruleId)).toEqual(['site-config']);
  });
});

describe('readSiteConfig positions', () => {
  it('should report a value deep in a mapping at that value', () => {
    expect(report(readSiteConfig(withMinimal('footnotes:', '  definition: "a{label}"', '  reference: "a{label}"')).problems)).toEqual([
      '6:14-6:24: Unexpected equal footnote id patterns, expected different ones for definitions and references'
    ]);
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor:\n  name: J\n  uri: "/a b/"\n').problems)).toEqual([
      '5:8-5:15: Unexpected `author.uri` `/a b/`, expected an absolute URL or a path on the site such as `/about/`, without spaces or quotes'
    ]);
    expect(report(readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor:\n  name: "J\\u0007"\n').problems)).toEqual([
      '4:9-4:18: Unexpected `author.name` `J\\u0007`, expected printable text, without control characters or noncharacters'
    ]);
  });

  it('should report the third nav link’s URL at the URL', () => {
    const {problems} = readSiteConfig(withMinimal('nav:', '  - {title: A, url: /a/}', '  - {title: B, url: /b/}', '  - title: C', '    url: "mailto:c@example.com"'));
    expect(report(problems)).toEqual(['8:10-8:32: Unexpected `nav` entry, expected `{title: About, url: /about/}` with a site path or an `https:` URL']);
  });

  it('should give each nav link where it was written', () => {
    const {config} = readSiteConfig(withMinimal('nav:', '  - {title: A, url: /a/}', '  - {title: B, url: /b/}'));
    expect(config?.nav?.map((link) => at(link.position))).toEqual(['5:5-5:25', '6:5-6:25']);
  });

  it('should report `rules`, `published` and `image` of the wrong kind at their values', () => {
    expect(report(readSiteConfig(withMinimal('rules: [off]', 'published: ~', 'image: [a]')).problems)).toEqual([
      '4:8-4:13: Unexpected `rules` that is not a mapping, expected `rule-id: off | warn | error` lines',
      '5:1-5:10: Unexpected `published` `null`, expected the URL or file of the deployed site’s `permalinks.json`, or `none`',
      '6:8-6:11: Unexpected `image` `a`, expected a site path such as `/images/cover.jpg` or an absolute URL'
    ]);
  });

  it('should report a time zone or a feed that is not text or a mapping, instead of ignoring it', () => {
    expect(report(readSiteConfig(withMinimal('timeZone: 3', 'feed: atom.xml')).problems)).toEqual([
      '4:11-4:12: Unexpected number for `timeZone`, expected an IANA zone such as `America/Los_Angeles`',
      '5:7-5:15: Unexpected string for `feed`, expected a mapping with `path` and `entries`'
    ]);
  });

  it('should say `site.yaml`, not front matter, when the file is not a mapping', () => {
    expect(report(readSiteConfig('- a\n').problems)).toEqual(['1:1-2:1: Unexpected `site.yaml` that is not a mapping, expected `key: value` lines']);
  });
});

describe('readSiteConfig image', () => {
  it('should keep the site\'s picture to share', () => {
    expect(readSiteConfig(withMinimal('image: /images/site.png')).config?.image).toBe('/images/site.png');
    expect(readSiteConfig(minimal).config?.image).toBeUndefined();
  });

  it('should report one that is neither a site path nor an absolute URL', () => {
    const result = readSiteConfig(withMinimal('image: images/site.png'));
    expect(result.config).toBeUndefined();
    expect(result.problems.map((problem) => problem.reason)).toEqual(['Unexpected `image` `images/site.png`, expected a site path such as `/images/cover.jpg` or an absolute URL']);
  });
});
