import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {DOMParser} from '@xmldom/xmldom';
import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {listFiles} from './helpers/built-site.js';
import {makeSite, siteYaml} from './helpers/make-site.js';

const post = (title: string, date: string, body = 'Text.', extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${body}\n`;

async function build(files: Record<string, string>): Promise<string> {
  const dir = await makeSite(files);
  const out = `${dir}-out`;
  const run = await main(['build', '--content', dir, '--out', out, '--no-cache'], {published: 'none'});
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return out;
}

const stylesheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((match) => match[1]);

describe('a site\'s own stylesheet', () => {
  it('should be copied and linked after the default stylesheet on every page', async () => {
    const override = ':root { --link: #8a1c1c; }\n';
    const out = await build({
      'posts/2020-01-02-first.md': post('First', '2020-01-02', 'Text.', 'aliases: [/old/]\n'),
      'pages/about.md': '---\ntitle: About\n---\n\nAbout.\n',
      'theme/style.css': override
    });
    expect(await readFile(join(out, 'theme/style.css'), 'utf8')).toBe(override);
    const pages = (await listFiles(out)).filter((path) => path.endsWith('.html'));
    expect(pages).toEqual(['2020/01/02/first/index.html', '404.html', 'about/index.html', 'index.html', 'old/index.html']);
    for (const page of pages) expect(stylesheetsOf(await readFile(join(out, page), 'utf8')), page).toEqual(['/style.css', '/theme/style.css']);
  });

  it('should not be linked when the content has none', async () => {
    const out = await build({'posts/2020-01-02-first.md': post('First', '2020-01-02')});
    expect(stylesheetsOf(await readFile(join(out, 'index.html'), 'utf8'))).toEqual(['/style.css']);
    expect(stylesheetsOf(await readFile(join(out, '2020/01/02/first/index.html'), 'utf8'))).toEqual(['/style.css']);
  });
});

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function parseSitemap(xml: string): Array<{loc: string; lastmod: string | undefined}> {
  const errors: string[] = [];
  const document = new DOMParser({onError: (level, message) => errors.push(`${level}: ${message}`)}).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  expect(document.documentElement?.localName).toBe('urlset');
  expect(document.documentElement?.namespaceURI).toBe(sitemapNamespace);
  return [...document.getElementsByTagNameNS(sitemapNamespace, 'url')].map((url) => ({
    loc: url.getElementsByTagNameNS(sitemapNamespace, 'loc')[0]?.textContent ?? '',
    lastmod: url.getElementsByTagNameNS(sitemapNamespace, 'lastmod')[0]?.textContent ?? undefined
  }));
}

describe('sitemap.xml and robots.txt', () => {
  const files = {
    'site.yaml': siteYaml.replace('baseUrl: https://example.com', 'baseUrl: https://example.com/blog'),
    'posts/2020-01-02-first.md': post('First', '2020-01-02', 'Text.', 'aliases: [/old/]\n'),
    'posts/2020-03-04-second.md': post('Second', '2020-03-04T10:00:00-08:00', 'Text.', 'updated: 2021-05-06T07:08:09-07:00\n'),
    'posts/2020-05-06-unfinished.md': post('Unfinished', '2020-05-06', 'Text.', 'draft: true\n'),
    'pages/about.md': '---\ntitle: About\n---\n\nAbout.\n'
  };

  it('should list every published page with its lastmod, under the base path, and no draft or redirect', async () => {
    const out = await build(files);
    expect(parseSitemap(await readFile(join(out, 'sitemap.xml'), 'utf8'))).toEqual([
      {loc: 'https://example.com/blog/', lastmod: '2021-05-06T07:08:09-07:00'},
      {loc: 'https://example.com/blog/2020/01/02/first/', lastmod: '2020-01-02T00:00:00-08:00'},
      {loc: 'https://example.com/blog/2020/03/04/second/', lastmod: '2021-05-06T07:08:09-07:00'},
      {loc: 'https://example.com/blog/about/', lastmod: undefined}
    ]);
  });

  it('should leave drafts out even when they are built', async () => {
    const dir = await makeSite(files);
    const out = `${dir}-out`;
    expect((await main(['build', '--content', dir, '--out', out, '--drafts', '--no-cache'], {published: 'none'})).exitCode).toBe(0);
    expect(await listFiles(out)).toContain('2020/05/06/unfinished/index.html');
    const locs = parseSitemap(await readFile(join(out, 'sitemap.xml'), 'utf8')).map((entry) => entry.loc);
    expect(locs).toHaveLength(4);
    expect(locs.join(' ')).not.toContain('unfinished');
  });

  it('should name the sitemap, with the base path, in robots.txt', async () => {
    const out = await build(files);
    const robots = await readFile(join(out, 'robots.txt'), 'utf8');
    expect(robots.split('\n')).toContain('Sitemap: https://example.com/blog/sitemap.xml');
    expect(robots.split('\n')).toContain('User-agent: *');
  });

  it('should keep a robots.txt the content directory has', async () => {
    const own = 'User-agent: *\nDisallow: /drafts/\n';
    const out = await build({...files, 'robots.txt': own});
    expect(await readFile(join(out, 'robots.txt'), 'utf8')).toBe(own);
  });
});

const metaOf = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];

describe('sharing tags in the built site', () => {
  it('should share a post\'s first image, front matter\'s image:, or the site\'s, as absolute URLs', async () => {
    const out = await build({
      'site.yaml': `${siteYaml}image: /images/site.png\nlanguage: en-GB\n`,
      'posts/2020-01-02-pictured.md': post('Pictured', '2020-01-02', 'Text.\n\n![A square](../images/square.svg)'),
      'posts/2020-01-03-covered.md': post('Covered', '2020-01-03', '![A square](../images/square.svg)', 'image: /images/cover.png\n'),
      'posts/2020-01-04-plain.md': post('Plain', '2020-01-04'),
      'images/square.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
      'images/site.png': 'png',
      'images/cover.png': 'png'
    });
    const page = (path: string) => readFile(join(out, path), 'utf8');
    expect(metaOf(await page('2020/01/02/pictured/index.html'), 'og:image')).toBe('https://example.com/images/square.svg');
    expect(metaOf(await page('2020/01/03/covered/index.html'), 'og:image')).toBe('https://example.com/images/cover.png');
    expect(metaOf(await page('2020/01/04/plain/index.html'), 'og:image')).toBe('https://example.com/images/site.png');
    for (const path of ['index.html', '404.html', '2020/01/04/plain/index.html']) {
      const html = await page(path);
      expect(metaOf(html, 'twitter:card'), path).toBe('summary_large_image');
      expect(metaOf(html, 'og:locale'), path).toBe('en_GB');
    }
    const notFound = await page('404.html');
    expect(metaOf(notFound, 'robots')).toBe('noindex');
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).not.toContain('og:url');
  });
});

describe('feed entries', () => {
  it('should leave out the section # links and keep the headings\' ids', async () => {
    const out = await build({
      'posts/2020-01-02-first.md': post('First', '2020-01-02', 'See [below](#later-on).\n\n## Later on\n\nText.\n\n### Deeper {#deep}\n\nMore.')
    });
    const page = await readFile(join(out, '2020/01/02/first/index.html'), 'utf8');
    expect(page).toContain('class="permalink"');
    const errors: string[] = [];
    const feed = new DOMParser({onError: (level, message) => errors.push(`${level}: ${message}`)}).parseFromString(await readFile(join(out, 'atom.xml'), 'utf8'), 'text/xml');
    expect(errors).toEqual([]);
    const content = feed.getElementsByTagName('content')[0]?.textContent ?? '';
    expect(content).toContain('<h2 id="later-on">Later on</h2>');
    expect(content).toContain('<h3 id="deep">Deeper</h3>');
    expect(content).toContain('href="https://example.com/2020/01/02/first/#later-on"');
    expect(content).not.toContain('permalink');
    expect(content).not.toMatch(/>#</);
  });
});

describe('code in the built site', () => {
  it('should highlight a fenced `go` block with spans and leave an unknown language as plain code, with no script', async () => {
    const out = await build({
      'posts/2020-01-02-code.md': post('Code', '2020-01-02', '```go\nfunc main() { return "x" }\n```\n\n```brainfudge\n+[-->]\n```')
    });
    const html = await readFile(join(out, '2020/01/02/code/index.html'), 'utf8');
    expect(html).toContain('<pre tabindex="0"><code class="language-go"><span class="pl-k">func</span> <span class="pl-en">main</span>() { <span class="pl-k">return</span> <span class="pl-s"><span class="pl-pds">"</span>x<span class="pl-pds">"</span></span> }\n</code></pre>');
    expect(html).toContain('<pre tabindex="0"><code class="language-brainfudge">+[-->]\n</code></pre>');
    expect(html).not.toContain('<script');
    // The feed carries the same highlighted code; readers without the stylesheet see plain text.
    expect(await readFile(join(out, 'atom.xml'), 'utf8')).toContain('&#x3C;span class="pl-k">func&#x3C;/span>');
  });
});
