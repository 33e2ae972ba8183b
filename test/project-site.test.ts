import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {main} from '@folio/cli';
import {check, LinkState} from 'linkinator';
import sirv from 'sirv';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listFiles} from './helpers/built-site.js';

const fixture = resolve(import.meta.dirname, 'fixtures/sites/project-site');
const baseUrl = 'https://name.github.io/repo';

let content = '';
let out = '';
let server: Server;
let origin = '';

/** The built site served under `/repo/`, as GitHub Pages serves a project site; anything else is a 404. */
function serveUnderBasePath(dir: string): Promise<Server> {
  const files = sirv(dir, {dev: true, etag: false});
  const served = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith('/repo/')) {
      response.statusCode = 404;
      response.end('Not under the base path');
      return;
    }
    request.url = url.slice('/repo'.length);
    files(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  return new Promise((done) => served.listen(0, '127.0.0.1', () => done(served)));
}

beforeAll(async () => {
  // A copy: the build records what it published beside the content.
  content = await mkdtemp(join(tmpdir(), 'folio-project-site-'));
  await cp(fixture, content, {recursive: true});
  await rm(join(content, 'expected.json'));
  out = join(content, '..', `${content.split(/[\\/]/).pop() ?? 'site'}-out`);
  const built = await main(['build', '--content', content, '--out', out, '--no-cache', '--published', 'none']);
  if (built.exitCode !== 0) throw new Error(`build exited ${built.exitCode}:\n${built.stderr}`);
  server = await serveUnderBasePath(out);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await Promise.all([content, out].filter((dir) => dir !== '').map((dir) => rm(dir, {recursive: true, force: true})));
});

describe('a project site under a base path', () => {
  it('should write posts at their patterns, sections, `url:` and slugs with case and dots', async () => {
    expect(await listFiles(out)).toEqual([
      '2013/01/14/notes-on-systems/index.html',
      '2019/12/31/moved/index.html',
      '2021/06/17/Rust-1.53.0/index.html',
      '404.html',
      'about/index.html',
      'apple-touch-icon.png',
      'atom.xml',
      'favicon.svg',
      'images/square.svg',
      'index.html',
      'inside/2022/01/01/inside-post/index.html',
      'inside/index.html',
      'notes/2022-02-02-flat.html',
      'notes/index.html',
      'old/notes-on-systems/index.html',
      'permalinks.json',
      'robots.txt',
      'sitemap.xml',
      'style.css'
    ]);
  });

  it('should have no broken links or fragments by an independent checker', async () => {
    const result = await check({
      path: [`${origin}/repo/`, `${origin}/repo/old/notes-on-systems/`, `${origin}/repo/404.html`],
      recurse: true,
      checkFragments: true,
      // The site's absolute URLs (canonical, og:url, the feed, redirects) are checked on the local server.
      urlRewriteExpressions: [{pattern: /^https:\/\/name\.github\.io\/repo/, replacement: `${origin}/repo`}],
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin))
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${String(link.status)}) from ${String(link.parent)}`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url.replace(origin, ''));
    // Every page was reached, through links written in every form.
    for (const path of ['/repo/2021/06/17/Rust-1.53.0/', '/repo/inside/2022/01/01/inside-post/', '/repo/notes/2022-02-02-flat.html', '/repo/2019/12/31/moved/', '/repo/about/', '/repo/style.css', '/repo/favicon.svg', '/repo/apple-touch-icon.png', '/repo/images/square.svg']) {
      expect(checked.some((url) => url === path || url.startsWith(`${path}#`)), path).toBe(true);
    }
    expect(result.passed).toBe(true);
  });

  it('should write every site link of a page with the base path, once', async () => {
    const html = await readFile(join(out, '2013/01/14/notes-on-systems/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
    const local = hrefs.filter((href) => href.startsWith('/'));
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((href) => !href.startsWith('/repo/') || href.startsWith('/repo/repo/'))).toEqual([]);
    expect(html).toContain('href="/repo/2021/06/17/Rust-1.53.0/#what-is-new"');
    expect(html).toContain('src="/repo/images/square.svg"');
    expect(html).toContain('<link rel="canonical" href="https://name.github.io/repo/2013/01/14/notes-on-systems/">');
    // The header links the page and the sections that exist, and the feed.
    expect(html).toMatch(/<nav><ul>\n<li><a href="\/repo\/about\/">About<\/a><\/li>\n<li><a href="\/repo\/inside\/">Inside<\/a><\/li>\n<li><a href="\/repo\/notes\/">Notes<\/a><\/li>\n<li><a href="\/repo\/atom.xml">Feed<\/a><\/li>\n<\/ul><\/nav>/);
  });

  it('should link the canonical URL where content links an alias', async () => {
    const html = await readFile(join(out, '2021/06/17/Rust-1.53.0/index.html'), 'utf8');
    expect(html).toContain('href="/repo/2013/01/14/notes-on-systems/#browser"');
    expect(html).not.toContain('/old/notes-on-systems/');
  });

  it('should list a section’s posts on its index page, and the others on the home page', async () => {
    const home = await readFile(join(out, 'index.html'), 'utf8');
    const inside = await readFile(join(out, 'inside/index.html'), 'utf8');
    expect(home).toContain('href="/repo/2021/06/17/Rust-1.53.0/"');
    expect(home).not.toContain('href="/repo/inside/2022/01/01/inside-post/"');
    expect(inside).toContain('<h1>Inside</h1>');
    expect(inside).toContain('href="/repo/inside/2022/01/01/inside-post/"');
  });

  it('should give the feed absolute URLs under the base path that all exist', async () => {
    const feed = await readFile(join(out, 'atom.xml'), 'utf8');
    const files = new Set(await listFiles(out));
    const urls = [...feed.replaceAll('&quot;', '"').matchAll(/(?:href|src)="(https?:[^"#]*)/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${baseUrl}/`) && !url.startsWith(`${baseUrl}/repo/`), url).toBe(true);
      const path = url.slice(baseUrl.length + 1);
      expect(files.has(path) || files.has(`${path}index.html`), url).toBe(true);
    }
  });

  it('should record URLs relative to the site, so a moved site keeps its record', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'permalinks.json'), 'utf8')) as {urls: Record<string, unknown>};
    const urls = Object.keys(manifest.urls);
    expect(urls).toContain('/2021/06/17/Rust-1.53.0/');
    expect(urls).toContain('/notes/2022-02-02-flat.html');
    expect(urls).toContain('/inside/');
    expect(urls.filter((url) => url.startsWith('/repo/'))).toEqual([]);
    // The same content at a custom domain records the same URLs and anchors.
    const moved = await mkdtemp(join(tmpdir(), 'folio-moved-site-'));
    try {
      await cp(fixture, moved, {recursive: true});
      await rm(join(moved, 'expected.json'));
      const yaml = await readFile(join(moved, 'site.yaml'), 'utf8');
      await writeFile(join(moved, 'site.yaml'), yaml.replace(`baseUrl: ${baseUrl}`, 'baseUrl: https://www.example.com'));
      // Links written with the base path name the old place; those relative to the site move with it.
      for (const path of (await listFiles(moved)).filter((file) => file.endsWith('.md'))) {
        const text = await readFile(join(moved, path), 'utf8');
        await writeFile(join(moved, path), text.replaceAll('](/repo/', '](/'));
      }
      const movedOut = `${moved}-out`;
      expect((await main(['build', '--content', moved, '--out', movedOut, '--no-cache', '--published', 'none'])).exitCode).toBe(0);
      const record = JSON.parse(await readFile(join(movedOut, 'permalinks.json'), 'utf8')) as {urls: Record<string, {anchors?: string[]}>};
      expect(Object.entries(record.urls).map(([url, entry]) => [url, entry.anchors])).toEqual(Object.entries(manifest.urls as Record<string, {anchors?: string[]}>).map(([url, entry]) => [url, entry.anchors]));
    } finally {
      await Promise.all([moved, `${moved}-out`].map((dir) => rm(dir, {recursive: true, force: true})));
    }
  });
});
