import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm, symlink, truncate, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DOMParser} from '@xmldom/xmldom';
import {fromHtml} from 'hast-util-from-html';
import {describe, expect, it} from 'vitest';
import {siteYaml} from './helpers/make-site.js';
import {buildInProcess, checkInProcess, checkPretty, makeTempSite, writtenOutside, type TempSite} from './helpers/run-main.js';

const good = '---\ntitle: Good\ndate: 2020-01-02\n---\n\nText.\n';

function post(frontMatter: string, body = 'Text.\n', date = '2020-01-03'): string {
  return `---\ntitle: Other\ndate: ${date}\n${frontMatter}---\n\n${body}`;
}

function located(messages: Array<{file: string; line: number; column: number; ruleId: string; severity: string}>): string[] {
  return messages.filter((m) => m.ruleId !== 'stable-permalinks').map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.ruleId}`);
}

/** Check, then build: both must agree, and nothing may land outside the output. */
async function both(files: Record<string, string | Uint8Array>, prepare?: (site: TempSite) => Promise<void>) {
  const site = await makeTempSite({'posts/2020-01-02-good.md': good, ...files});
  await prepare?.(site);
  const check = await checkInProcess(site);
  const build = await buildInProcess(site);
  expect(build.stderr).not.toContain('internal error');
  expect(await writtenOutside(site)).toEqual([]);
  expect(build.code === 0, `check ${check.code}, build ${build.code}: ${build.stderr}`).toBe(check.code === 0);
  if (check.code !== 0) expect(build.code).toBe(check.code);
  return {site, check, build};
}

describe('check reports first whatever makes build refuse: output clashes', () => {
  it('should report an alias that is another post’s URL at the alias, with the other file as cause', async () => {
    const {site, check} = await both({'posts/2020-01-03-b.md': post('aliases: [/2020/01/02/good/]\n')});
    expect(check.code).toBe(1);
    expect(located(check.messages)).toEqual(['posts/2020-01-03-b.md:4:11 error no-duplicate-output']);
    expect(check.messages[0]?.message).toBe(
      'Unexpected output `2020/01/02/good/index.html` for alias `/2020/01/02/good/` of `posts/2020-01-03-b.md` that `posts/2020-01-02-good.md` writes too, expected one file per output path'
    );
    const {report} = await checkPretty(site);
    // The pretty report wraps long lines: compare words, not line breaks.
    expect(report.replace(/\s+/g, ' ')).toContain('`2020/01/02/good/index.html` written for `posts/2020-01-02-good.md`');
  });

  it('should report aliases on the site’s own files: the feed, the stylesheet, the index', async () => {
    for (const alias of ['/atom.xml', '/style.css/', '/index.html', '/favicon.svg/x/', '/permalinks.json']) {
      const {check} = await both({'posts/2020-01-03-b.md': post(`aliases: ['${alias}']\n`)});
      expect(located(check.messages), alias).toEqual(['posts/2020-01-03-b.md:4:11 error no-duplicate-output']);
    }
  });

  it('should report a page named like the feed, and a feed path on a page', async () => {
    const page = await both({'pages/atom.xml.md': '---\ntitle: Feed\n---\n\nx\n'});
    expect(located(page.check.messages)).toEqual(['pages/atom.xml.md:1:1 error no-duplicate-output']);
    expect(page.check.messages[0]?.message).toContain('inside `atom.xml`, which the feed (`feed.path`) writes as a file');
    const feed = await both({'site.yaml': `${siteYaml}feed:\n  path: about/index.html\n`, 'pages/about.md': '---\ntitle: About\n---\n\nx\n'});
    expect(located(feed.check.messages)).toEqual(['pages/about.md:1:1 error no-duplicate-output']);
    const index = await both({'site.yaml': `${siteYaml}feed:\n  path: index.html\n`});
    expect(located(index.check.messages)).toEqual(['site.yaml:10:9 error no-duplicate-output']);
  });

  it('should report the second of two posts with one alias, naming the first', async () => {
    const {site, check} = await both({'posts/a.md': post('aliases: [/old/]\n'), 'posts/b.md': post('aliases: [/old/]\n', 'Text.\n', '2020-01-04')});
    expect(located(check.messages)).toEqual(['posts/b.md:4:11 error no-duplicate-output']);
    expect((await checkPretty(site)).report).toContain('written for alias `/old/` of `posts/a.md`');
  });

  it('should report a copied file on a page’s path on that file', async () => {
    const {check} = await both({'2020/01/02/good/index.html': '<p>stale</p>', 'atom.xml/x.txt': 'x'});
    expect(located(check.messages)).toEqual(['2020/01/02/good/index.html:1:1 error no-duplicate-output', 'atom.xml/x.txt:1:1 error no-duplicate-output']);
  });

  it('should report two posts that the record gives one feed id', async () => {
    const record = {
      version: 1,
      urls: {
        '/2020/01/02/good/': {anchors: [], feedId: 'tag:example.com,2019-01-01:/old/', source: 'posts/2020-01-02-good.md'},
        '/old/': {anchors: [], feedId: 'tag:example.com,2019-01-01:/old/'}
      }
    };
    const {check} = await both({'permalinks.json': `${JSON.stringify(record, null, 2)}\n`, 'posts/2020-01-03-b.md': post('aliases: [/old/]\n')});
    expect(located(check.messages)).toEqual(['posts/2020-01-03-b.md:4:11 error no-duplicate-feed-id']);
    expect(check.messages.find((m) => m.ruleId === 'no-duplicate-feed-id')?.message).toContain('(`permalinks.json` records it for `/old/`) that `posts/2020-01-02-good.md` has too');
  });
});

describe('check reports first whatever makes build refuse: values', () => {
  it('should report a NUL in an alias and a 300-character slug at their values', async () => {
    const nul = await both({'posts/a.md': post('aliases: ["/a\\0b/"]\n')});
    expect(located(nul.check.messages)).toEqual(['posts/a.md:4:11 error front-matter']);
    expect(nul.check.messages[0]?.message).toBe('Unexpected alias `/a\\u0000b/`, expected a URL path inside the site without control characters');
    const long = await both({'posts/a.md': post(`slug: ${'a'.repeat(300)}\n`)});
    expect(located(long.check.messages)).toEqual(['posts/a.md:4:7 error front-matter']);
    expect(long.check.messages[0]?.message).toContain('names longer than 200 bytes (one is 300 bytes)');
  });

  it('should report a date whose year is past 9999 in UTC or the site’s zone', async () => {
    const {check} = await both({'posts/a.md': post('', 'Text.\n', '9999-12-31T23:30:00-12:00')});
    expect(located(check.messages)).toEqual(['posts/a.md:3:7 error front-matter']);
    expect(check.messages[0]?.message).toContain('in year `10000` of `America/Los_Angeles`');
  });

  it('should report a `"` in `baseUrl` or `language` as a site-config error, exit 2', async () => {
    const base = await both({'site.yaml': siteYaml.replace('https://example.com', 'https://example.com/a"b')});
    expect(base.check.code).toBe(2);
    expect(located(base.check.messages)).toEqual(['site.yaml:2:10 error site-config']);
    const language = await both({'site.yaml': `${siteYaml}language: 'en"x'\n`});
    expect(located(language.check.messages)).toEqual(['site.yaml:9:11 error site-config']);
  });

  it('should not read raw HTML attribute text as URLs (an onclick script in an SVG)', async () => {
    const svg = '<svg onclick="var i = new Image(); i.src=\'x.png\'; a.href = \'/y\'" width="10"><circle r="1"></circle></svg>\n\n<span title="a src=b">x</span>\n';
    const {site, check, build} = await both({'posts/a.md': post('', svg)});
    expect(check.code).toBe(0);
    expect(build.code).toBe(0);
    const xml = await readFile(join(site.out, 'atom.xml'), 'utf8');
    expect(xml).toContain('i.src=');
  });
});

describe('nothing is written outside the output', () => {
  it('should refuse `..` in aliases, written or escaped, at the alias', async () => {
    for (const alias of ['/../../escaped/', '/%2e%2e/%2e%2e/escaped/', '/a/..%2F..%2F/x/', '/a\\\\b/']) {
      const {check} = await both({'posts/a.md': post(`aliases: ['${alias}']\n`)});
      expect(located(check.messages), alias).toEqual(['posts/a.md:4:11 error front-matter']);
    }
  });

  it('should refuse a feed.path outside the output at its value, exit 2', async () => {
    const {check} = await both({'site.yaml': `${siteYaml}feed:\n  path: ../../x.xml\n`});
    expect(check.code).toBe(2);
    expect(located(check.messages)).toEqual(['site.yaml:10:9 error site-config']);
  });

  it('should refuse a page whose name has `#` or `?`', async () => {
    const {check} = await both({'pages/a#b?c.md': '---\ntitle: Odd\n---\n\nx\n'});
    expect(located(check.messages)).toEqual(['pages/a#b?c.md:1:1 error front-matter']);
  });
});

describe('dates', () => {
  it('should publish a post of year 99 under /0099/, not /1999/', async () => {
    const {site, build} = await both({'posts/2020-01-02-good.md': good.replace('2020-01-02', '0099-05-01')});
    expect(build.code).toBe(0);
    expect(existsSync(join(site.out, '0099/05/01/good/index.html'))).toBe(true);
    expect(existsSync(join(site.out, '1999'))).toBe(false);
    const xml = await readFile(join(site.out, 'atom.xml'), 'utf8');
    expect(xml).toContain('<published>0099-05-01T00:00:00-07:53</published>');
    expect(xml).toContain('tag:example.com,0099-05-01:/0099/05/01/good/');
  });
});

describe('well-formed always', () => {
  it('should warn about noncharacters and controls, and publish U+FFFD in both the HTML and the feed', async () => {
    const body = 'Text \uFFFE and \u0001\u0002 and \uFDD0 here.\n\n## Heading \uFFFF\n';
    const {site, check, build} = await both({'posts/2020-01-02-good.md': `---\ntitle: Good \uFFFE title\ndate: 2020-01-02\n---\n\n${body}`});
    expect(check.code).toBe(0);
    expect(located(check.messages)).toEqual([
      'posts/2020-01-02-good.md:2:13 warning encoding',
      'posts/2020-01-02-good.md:6:6 warning encoding',
      'posts/2020-01-02-good.md:6:12 warning encoding',
      'posts/2020-01-02-good.md:6:19 warning encoding',
      'posts/2020-01-02-good.md:8:12 warning encoding'
    ]);
    expect(build.code).toBe(0);
    const html = await readFile(join(site.out, '2020/01/02/good/index.html'), 'utf8');
    const xml = await readFile(join(site.out, 'atom.xml'), 'utf8');
    for (const text of [html, xml]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFDD0]/u);
      expect(text).toContain('Good \uFFFD title');
      expect(text).toContain('\uFFFD\uFFFD and \uFFFD here');
    }
    const errors: string[] = [];
    // xmldom warns about U+FFFD itself ("source encoding issues?"): that is the replacement, on purpose.
    new DOMParser({onError: (level, message) => (level === 'warning' ? undefined : errors.push(`${level}: ${message}`))}).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    // The HTML parser reports `noncharacter-in-input-stream` and `control-character-in-input-stream`.
    const htmlErrors: string[] = [];
    fromHtml(html, {
      onerror: (error) => {
        htmlErrors.push(`${error.line}:${error.column} ${error.ruleId}`);
      }
    });
    expect(htmlErrors).toEqual([]);
  });
});

describe('clear messages for odd files', () => {
  it('should warn about a symlinked post and a FIFO, reading neither', async () => {
    const {check, build} = await both({}, async (site) => {
      const elsewhere = await mkdtemp(join(tmpdir(), 'folio-elsewhere-'));
      await writeFile(join(elsewhere, 'outside.md'), good);
      await symlink(join(elsewhere, 'outside.md'), join(site.content, 'posts/linked.md'));
      execFileSync('mkfifo', [join(site.content, 'posts/pipe.md')]);
    });
    expect(check.code).toBe(0);
    expect(build.code).toBe(0);
    const messages = check.messages.filter((m) => m.ruleId === 'content-file');
    expect(messages.map((m) => `${m.file} ${m.severity} ${m.message}`)).toEqual([
      'posts/linked.md warning Unexpected symbolic link `posts/linked.md`, expected a file or a folder: links are not followed (copy the file into the content folder)',
      'posts/pipe.md warning Unexpected FIFO `posts/pipe.md`, expected a file or a folder: it is never read'
    ]);
  });

  it('should refuse a FIFO as site.yaml or permalinks.json instead of waiting on it', async () => {
    const config = await makeTempSite({'posts/2020-01-02-good.md': good});
    await rm(join(config.content, 'site.yaml'));
    execFileSync('mkfifo', [join(config.content, 'site.yaml')]);
    const checked = await checkInProcess(config);
    expect(checked.code).toBe(2);
    expect(located(checked.messages)).toEqual(['site.yaml:1:1 error site-config']);
    const {check} = await both({}, async (site) => {
      execFileSync('mkfifo', [join(site.content, 'permalinks.json')]);
    });
    expect(check.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual(['permalinks.json:1:1 warning content-file', 'permalinks.json:1:1 error stable-permalinks']);
  });

  it('should warn about post-like files that would be copied raw', async () => {
    // `.markdown` is a post; one folder below `posts/` is a section (or follows the site's pattern); two are not read.
    const {check} = await both({'posts/y.txt': good, 'posts/2013/01/nested.md': good, 'posts/photo.svg': '<svg/>'});
    expect(located(check.messages)).toEqual(['posts/2013/01/nested.md:1:1 warning content-file', 'posts/y.txt:1:1 warning content-file']);
  });

  it('should say a lone-CR file has old line endings, and read it', async () => {
    const {site, check, build} = await both({'posts/2020-01-04-cr.md': '---\rtitle: CR\rdate: 2020-01-04\r---\r\rText.\r'});
    expect(located(check.messages)).toEqual(['posts/2020-01-04-cr.md:1:4 warning encoding']);
    expect(check.messages[0]?.message).toContain('lone carriage return');
    expect(build.code).toBe(0);
    expect(existsSync(join(site.out, '2020/01/04/cr/index.html'))).toBe(true);
  });

  it('should refuse a 50 MB permalinks.json with a positioned message', async () => {
    const {check} = await both({}, async (site) => {
      await writeFile(join(site.content, 'permalinks.json'), '');
      await truncate(join(site.content, 'permalinks.json'), 50_000_000);
    });
    expect(check.code).toBe(1);
    expect(located(check.messages)).toEqual(['permalinks.json:1:1 error file-too-large']);
  });
});
