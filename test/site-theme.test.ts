import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {listFiles} from './helpers/built-site.js';
import {makeSite} from './helpers/make-site.js';

const post = (title: string, date: string, body = 'Text.', extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${body}\n`;

async function build(files: Record<string, string>): Promise<string> {
  const dir = await makeSite(files);
  const out = join(dir, 'out');
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
