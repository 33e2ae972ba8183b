import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {listFiles} from './helpers/built-site.js';
import {makeSite, siteYaml} from './helpers/make-site.js';

const post = (title: string, date: string, body = 'Text.', extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${body}\n`;

interface Message {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  message: string;
}

async function checkJson(dir: string): Promise<{exitCode: number; messages: Message[]}> {
  const run = await main(['check', '--content', dir, '--format', 'json', '--no-cache', '--published', 'none']);
  return {exitCode: run.exitCode, messages: JSON.parse(run.stdout) as Message[]};
}

describe('URL settings, end to end', () => {
  it('should write posts where a flat `permalink` pattern puts them, and link them there', async () => {
    const dir = await makeSite({
      'site.yaml': `${siteYaml}permalink: /blog/:year-:month-:day-:slug.html\n`,
      'posts/2020-01-02-first.md': post('First', '2020-01-02', 'See [the second](./2020-03-04-Second.Post.md#part) and [again](/blog/2020-03-04-Second.Post.html#part).'),
      'posts/2020-03-04-Second.Post.md': post('Second', '2020-03-04', '## Part {#part}\n\nMore.')
    });
    const out = `${dir}-out`; // beside the content: a build refuses an --out inside it
    const built = await main(['build', '--content', dir, '--out', out, '--no-cache', '--published', 'none']);
    expect(built.exitCode).toBe(0);
    const files = await listFiles(out);
    expect(files.filter((path) => path.startsWith('blog/'))).toEqual(['blog/2020-01-02-first.html', 'blog/2020-03-04-Second.Post.html']);
    const first = await readFile(join(out, 'blog/2020-01-02-first.html'), 'utf8');
    expect(first.match(/href="\/blog\/2020-03-04-Second\.Post\.html#part"/g)).toHaveLength(2);
    // No page `/about/` exists, so the header does not link one.
    expect(first).not.toContain('/about/');
    const manifest = JSON.parse(await readFile(join(out, 'permalinks.json'), 'utf8')) as {urls: Record<string, unknown>};
    expect(Object.keys(manifest.urls)).toContain('/blog/2020-03-04-Second.Post.html');
  });

  it('should write `/:slug/` patterns as folders', async () => {
    const dir = await makeSite({'site.yaml': `${siteYaml}permalink: /:slug/\n`, 'posts/2020-01-02-first.md': post('First', '2020-01-02')});
    const out = `${dir}-out`; // beside the content: a build refuses an --out inside it
    expect((await main(['build', '--content', dir, '--out', out, '--no-cache', '--published', 'none'])).exitCode).toBe(0);
    expect(await listFiles(out)).toContain('first/index.html');
  });

  it('should refuse a pattern with an unknown token, at the token, before anything is checked', async () => {
    const dir = await makeSite({'site.yaml': `${siteYaml}permalink: /:year/:title/\n`, 'posts/2020-01-02-first.md': post('First', '2020-01-02')});
    const {exitCode, messages} = await checkJson(dir);
    expect(exitCode).toBe(2);
    expect(messages.map(({file, line, column, ruleId}) => [file, line, column, ruleId])).toEqual([['site.yaml', 9, 19, 'site-config']]);
  });

  it('should report a `nav` link to a page the site does not have, at its entry', async () => {
    const dir = await makeSite({
      'site.yaml': `${siteYaml}nav:\n  - {title: About, url: /about/}\n  - {title: Feed, url: /atom.xml}\n`,
      'posts/2020-01-02-first.md': post('First', '2020-01-02')
    });
    const {exitCode, messages} = await checkJson(dir);
    expect(exitCode).toBe(2);
    expect(messages.map(({file, line, column, message}) => [file, line, column, message])).toEqual([
      ['site.yaml', 10, 5, 'Unexpected `nav` link to `/about/`, which the site does not publish, expected the URL of a page, a section or a file']
    ]);
  });

  it('should check a link to an alias against the post it redirects to, with a warning to link the post', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-new.md': post('New', '2020-01-02', '## Part {#part}', 'aliases: [/2019/01/01/old/]\n'),
      'posts/2020-02-02-linker.md': post('Linker', '2020-02-02', '[Old](/2019/01/01/old/#part) and [broken](/2019/01/01/old/#nope).')
    });
    const {exitCode, messages} = await checkJson(dir);
    expect(exitCode).toBe(1);
    expect(messages.map(({column, ruleId, severity}) => [column, ruleId, severity])).toEqual([
      [1, 'no-alias-link', 'warning'],
      [34, 'no-alias-link', 'warning'],
      [34, 'no-missing-anchor', 'error']
    ]);
  });

  it('should suggest a missing target under the base path the way it was written', async () => {
    const dir = await makeSite({
      'site.yaml': siteYaml.replace('baseUrl: https://example.com', 'baseUrl: https://name.github.io/repo'),
      'posts/2020-01-02-first.md': post('First', '2020-01-02', '[With](/repo/2020/01/02/frist/) and [without](/2020/01/02/frist/) the base path.')
    });
    const {messages} = await checkJson(dir);
    expect(messages.map(({message}) => /did you mean `([^`]*)`/.exec(message)?.[1])).toEqual(['/repo/2020/01/02/first/', '/2020/01/02/first/']);
  });

  it('should keep a post’s day apart from its date with `url:`', async () => {
    const dir = await makeSite({'posts/2020-01-02-first.md': post('First', '2020-01-02', 'Text.', 'url: /2019/12/31/first/\n')});
    const out = `${dir}-out`; // beside the content: a build refuses an --out inside it
    expect((await main(['build', '--content', dir, '--out', out, '--no-cache', '--published', 'none'])).exitCode).toBe(0);
    expect(await listFiles(out)).toContain('2019/12/31/first/index.html');
  });
});
