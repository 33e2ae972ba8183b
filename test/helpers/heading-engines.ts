import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {createMarkdown} from '@vuepress/markdown';
import {findExecutable} from './tools.js';

const run = promisify(execFile);

/** The ids of the headings in rendered HTML, in order (`undefined` for a heading without one). */
export function headingIdsOf(html: string): Array<string | undefined> {
  const ids: Array<string | undefined> = [];
  for (const match of html.matchAll(/<h[1-6](\s[^>]*)?>/g)) {
    const id = /\sid="([^"]*)"/.exec(match[1] ?? '')?.[1];
    ids.push(id === undefined ? undefined : decodeEntities(id));
  }
  return ids;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"} as Record<string, string>)[name.toLowerCase()] ?? '';
  });
}

export const hugoPath = (): string | undefined => findExecutable('hugo');
export const jekyllPath = (): string | undefined => findExecutable('jekyll');

/** Hugo's ids for each page, from a site Hugo builds with its default Goldmark settings. */
export async function hugoIds(hugo: string, pages: string[]): Promise<Array<Array<string | undefined>>> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-hugo-'));
  try {
    await mkdir(join(dir, 'content'), {recursive: true});
    await mkdir(join(dir, 'layouts', '_default'), {recursive: true});
    await writeFile(join(dir, 'hugo.toml'), 'baseURL = "https://example.com/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n');
    await writeFile(join(dir, 'layouts', '_default', 'single.html'), '{{ .Content }}');
    await Promise.all(pages.map((markdown, index) => writeFile(join(dir, 'content', `p${index}.md`), `---\ntitle: p${index}\n---\n\n${markdown}`)));
    await run(hugo, ['--quiet', '--source', dir, '--destination', join(dir, 'public')], {maxBuffer: 1 << 24});
    return Promise.all(pages.map(async (_, index) => headingIdsOf(await readFile(join(dir, 'public', `p${index}`, 'index.html'), 'utf8'))));
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** GitHub Pages' kramdown settings (its defaults for Jekyll sites). */
const githubPagesKramdown = [
  'markdown: kramdown',
  'kramdown:',
  '  input: GFM',
  '  hard_wrap: false',
  '  gfm_quirks: paragraph_end',
  '  auto_ids: true',
  '  entity_output: as_char',
  '  smart_quotes: lsquo,rsquo,ldquo,rdquo',
  '  syntax_highlighter: rouge'
].join('\n');

/** Jekyll's ids for each page, from a site Jekyll builds with kramdown's GFM input as GitHub Pages sets it. */
export async function jekyllIds(jekyll: string, pages: string[]): Promise<Array<Array<string | undefined>>> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-jekyll-'));
  try {
    await writeFile(join(dir, '_config.yml'), `${githubPagesKramdown}\nsafe: true\n`);
    await Promise.all(pages.map((markdown, index) => writeFile(join(dir, `p${index}.md`), `---\ntitle: p${index}\n---\n\n${markdown}`)));
    await run(jekyll, ['build', '--quiet', '--source', dir, '--destination', join(dir, '_site')], {maxBuffer: 1 << 24, cwd: dir});
    return Promise.all(pages.map(async (_, index) => headingIdsOf(await readFile(join(dir, '_site', `p${index}.html`), 'utf8'))));
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/** VuePress 2's ids for each page: its own markdown-it, as `createMarkdown` configures it. */
export function vuepressIds(pages: string[]): Array<Array<string | undefined>> {
  const md = createMarkdown();
  return pages.map((markdown) => headingIdsOf(md.render(markdown, {})));
}
