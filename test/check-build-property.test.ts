import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {DOMParser} from '@xmldom/xmldom';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {siteYaml} from './helpers/make-site.js';
import {buildInProcess, checkInProcess, makeTempSite, writtenOutside} from './helpers/run-main.js';

// Hostile and unlucky front matter, as writers and fuzzers write it.
// Mostly what a real site has, so that many runs build; sometimes the worst.
function mostly<T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({arbitrary: usual, weight: 9}, {arbitrary: rare, weight: 1});
}

const alias = mostly(
  fc.oneof(fc.constantFrom('/old/', '/2020/01/02/a/', '/caf%C3%A9/', '/old.html'), fc.stringMatching(/^\/[a-z0-9][a-z0-9-]{0,8}\/$/)),
  fc.oneof(
    fc.constantFrom(
    '/../../escaped/',
    '/%2e%2e/%2E%2e/escaped/',
    '/a\u0000b/',
    '/atom.xml',
    '/style.css/',
    '/index.html',
    '/404.html',
    '/',
    '/permalinks.json',
    '/favicon.svg/x/',
    '/a//b/',
    '/a\\b/',
    '/caf%C3%A9/',
    '/%zz/',
    '/a%2Fb/',
    '/\uD800/',
    `/${'a'.repeat(250)}/`,
    'no-slash'
    ),
    fc.stringMatching(/^\/[a-z0-9./%-]{0,12}$/)
  )
);
const slug = mostly(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,9}$/), fc.constantFrom('a', 'old', '..', 'atom.xml', 'x y', 'Über', '', 'a'.repeat(300), 'a.b'));
const date = fc.oneof(
  fc.constantFrom(
    '2020-01-02',
    '2020-01-02',
    '0099-05-01',
    '0001-01-01',
    '0000-12-31',
    '9999-12-31',
    '9999-12-31T23:30:00-12:00',
    '0001-01-01T00:30:00+14:00',
    '2020-02-30',
    '2020-03-08T02:30:00',
    '2020-01-02T10:00:00Z'
  ),
  fc.constantFrom('2020-01-02', '2021-06-30', '2013-01-14T08:15:00-08:00'),
  fc.tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28})).map(
    ([year, month, day]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  )
);
const title = mostly(fc.constantFrom('Notes', 'Ends ]]> & <here>', 'Café'), fc.oneof(fc.constantFrom('Bell \u0007', 'Odd \uFFFE', ' '), fc.string({maxLength: 8})));
const body = fc.array(
  fc.constantFrom(
    'Plain text.',
    '<svg onclick="var i = new Image(); i.src=\'x.png\'"><circle r="1"></circle></svg>',
    '<span title="a src=b href=/c">t</span>',
    '<img src="rel.png" alt="r">',
    '<a href="//[">broken</a>',
    '[broken](//[)',
    '<script>document.write(\'<img src="x.png">\')</script>',
    'Text \uFFFE and \u0001 and \uFDD0.',
    '[other](/2020/01/02/a/)',
    '![image](../images/x.png)',
    '## Heading',
    'Line\rwith a lone CR.'
  ),
  {maxLength: 4}
);
const postFile = fc.record({name: fc.constantFrom('posts/2020-01-02-a.md', 'posts/2020-01-03-b.md', 'posts/c.md'), title, date, slug: fc.option(slug, {freq: 3}), aliases: fc.array(alias, {maxLength: 2}), body});
const pageName = mostly(fc.constantFrom('pages/about.md', 'pages/colophon.md'), fc.constantFrom('pages/atom.xml.md', 'pages/a#b?c.md', 'pages/style.css.md', 'pages/index.md', 'pages/404.html.md'));
const config = fc.record({
  feedPath: mostly(fc.constant(null), fc.constantFrom('feed.xml', '../../x.xml', 'index.html', 'feeds/all.xml', 'about/index.html', '/abs.xml')),
  language: mostly(fc.constant(null), fc.constantFrom('en-GB', 'en"x'))
});

function postText(post: {title: string; date: string; slug: string | null; aliases: string[]; body: string[]}): string {
  const lines = [`title: ${JSON.stringify(post.title)}`, `date: ${post.date}`];
  if (post.slug !== null) lines.push(`slug: ${JSON.stringify(post.slug)}`);
  if (post.aliases.length > 0) lines.push(`aliases: ${JSON.stringify(post.aliases)}`);
  return `---\n${lines.join('\n')}\n---\n\n${post.body.join('\n\n')}\n`;
}

const site = fc.record({posts: fc.uniqueArray(postFile, {minLength: 1, maxLength: 3, selector: (post) => post.name}), pages: fc.uniqueArray(pageName, {maxLength: 2}), config});

// A fixed seed and few runs keep CI repeatable and quick; FOLIO_PROPERTY_SEED and FOLIO_PROPERTY_RUNS explore further.
const seed = Number(process.env.FOLIO_PROPERTY_SEED ?? 20_261_201);
const numRuns = Number(process.env.FOLIO_PROPERTY_RUNS ?? 40);

describe('check and build on generated sites', () => {
  it('should agree: check exits 0 exactly when build writes, and nothing lands outside the output', {timeout: 600_000}, async () => {
    await fc.assert(
      fc.asyncProperty(site, async ({posts, pages, config: settings}) => {
        const files: Record<string, string> = {'images/x.png': 'png'};
        let yaml = siteYaml;
        if (settings.feedPath !== null) yaml += `feed:\n  path: ${JSON.stringify(settings.feedPath)}\n`;
        if (settings.language !== null) yaml += `language: ${JSON.stringify(settings.language)}\n`;
        files['site.yaml'] = yaml;
        for (const post of posts) files[post.name] = postText(post);
        for (const page of pages) files[page] = '---\ntitle: Page\n---\n\nA page.\n';
        const temp = await makeTempSite(files);
        const check = await checkInProcess(temp);
        const build = await buildInProcess(temp);
        expect(build.stderr).not.toContain('internal error');
        expect(await writtenOutside(temp)).toEqual([]);
        expect([check.code, build.code]).toEqual(check.code === 0 ? [0, 0] : [check.code, check.code]);
        if (build.code !== 0) return;
        const xml = await readFile(join(temp.out, yaml.includes('feed:') ? (settings.feedPath as string) : 'atom.xml'), 'utf8');
        const errors: string[] = [];
        new DOMParser({onError: (level, message) => (level === 'warning' ? undefined : errors.push(message))}).parseFromString(xml, 'text/xml');
        expect(errors).toEqual([]);
      }),
      {numRuns, seed}
    );
  });
});
