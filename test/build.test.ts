import {readdir, readFile, readlink, writeFile} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {listFiles, readTree} from './helpers/built-site.js';
import {makeSite, runCli} from './helpers/make-site.js';

const post = (title: string, date: string, body = 'Text.') => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;

describe('build', () => {
  it('should write every page, the feed, the manifest and the assets', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-first.md': post('First', '2020-01-02', 'See [the second](./2020-03-04-second.md#part).\n\n![A square](../images/square.svg)'),
      'posts/2020-03-04-second.md': post('Second', '2020-03-04T10:00:00-08:00', '## Part {#part}\n\nMore.'),
      'pages/about.md': '---\ntitle: About\n---\n\nAbout.\n',
      'images/square.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    });
    const out = `${dir}-out`;
    const run = await runCli(['build', '--content', dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(await listFiles(out)).toEqual([
      '2020/01/02/first/index.html',
      '2020/03/04/second/index.html',
      '404.html',
      'about/index.html',
      'apple-touch-icon.png',
      'atom.xml',
      'favicon.svg',
      'images/square.svg',
      'index.html',
      'permalinks.json',
      'robots.txt',
      'sitemap.xml',
      'style.css'
    ]);
    const first = await readFile(join(out, '2020/01/02/first/index.html'), 'utf8');
    expect(first).toContain('href="/2020/03/04/second/#part"');
    expect(first).toContain('src="/images/square.svg"');
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index.indexOf('Second')).toBeLessThan(index.indexOf('First'));
  });

  it('should give byte-identical output for the same content', async () => {
    const dir = await makeSite({'posts/2020-01-02-first.md': post('First', '2020-01-02', 'Note.[^a]\n\n[^a]: A note.')});
    // Outside the content directory, so neither build sees the other's output.
    await runCli(['build', '--content', dir, '--out', `${dir}-one`]);
    await runCli(['build', '--content', dir, '--out', `${dir}-two`]);
    const one = await readTree(`${dir}-one`);
    expect(one.size).toBeGreaterThan(5);
    expect(await readTree(`${dir}-two`)).toEqual(one);
  });

  it('should leave the previous output untouched when a check fails', async () => {
    const dir = await makeSite({'posts/2020-01-02-first.md': post('First', '2020-01-02')});
    const out = `${dir}-out`;
    expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
    const before = await readTree(out);
    await writeFile(join(dir, 'posts/2020-01-02-first.md'), post('First', '2020-01-02', 'A [broken](#nowhere) link.'));
    const failed = await runCli(['build', '--content', dir, '--out', out]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('no-missing-anchor');
    expect(failed.stderr).toContain('unchanged');
    expect(await readTree(out)).toEqual(before);
    // Beside the output, only the live build it links to.
    const live = await readlink(out);
    expect((await readdir(dirname(out))).filter((name) => name.startsWith(`.${basename(out)}-`))).toEqual([live]);
  });

  it('should replace the previous output completely on success', async () => {
    const dir = await makeSite({'posts/2020-01-02-first.md': post('First', '2020-01-02')});
    const out = `${dir}-out`;
    await runCli(['build', '--content', dir, '--out', out]);
    await writeFile(join(out, 'stale.html'), 'old');
    await writeFile(join(dir, 'posts/2020-01-02-first.md'), post('First', '2020-01-02', 'Changed.'));
    expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
    expect(await listFiles(out)).not.toContain('stale.html');
    expect(await readFile(join(out, '2020/01/02/first/index.html'), 'utf8')).toContain('Changed.');
  });

  it('should refuse two inputs that write the same output path', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-first.md': post('First', '2020-01-02'),
      'posts/2020-05-06-second.md': '---\ntitle: Second\ndate: 2020-05-06\naliases:\n  - /2020/01/02/first/\n---\n\nText.\n'
    });
    const out = `${dir}-out`;
    const run = await runCli(['build', '--content', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2020/01/02/first/index.html');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('should publish drafts only with --drafts', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-first.md': post('First', '2020-01-02'),
      'posts/2020-02-02-draft.md': '---\ntitle: Draft\ndate: 2020-02-02\ndraft: true\n---\n\nSoon.\n'
    });
    await runCli(['build', '--content', dir, '--out', `${dir}-plain`]);
    await runCli(['build', '--content', dir, '--out', `${dir}-drafts`, '--drafts']);
    expect(await listFiles(`${dir}-plain`)).not.toContain('2020/02/02/draft/index.html');
    expect(await listFiles(`${dir}-drafts`)).toContain('2020/02/02/draft/index.html');
  });
});
