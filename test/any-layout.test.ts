import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {main} from '@folio/cli';
import {listFiles} from './helpers/built-site.js';
import {makeSite, siteYaml, testCacheDir} from './helpers/make-site.js';

const hugoPost = `+++
title = "In TOML"
date = 2020-01-02T10:00:00-08:00
+++

<figure><img src="../images/square.svg" alt="A square" srcset="../images/square.svg 1x, ../images/square.svg 2x"></figure>

<p>See <a href='./2020-01-03-titled-by-heading.md#a-section'>the other</a>.</p>
`;

const vuepressPost = `---
date: 2020-01-03
---

# Titled by its heading

## A section

Back to [TOML](./2020-01-02-in-toml.markdown).
`;

describe('content of any layout', () => {
  it('should publish `.markdown` posts from the posts folder, TOML front matter, heading titles and raw HTML links rewritten', async () => {
    const dir = await makeSite({
      'site.yaml': `${siteYaml}posts: blog\n`,
      'blog/2020-01-02-in-toml.markdown': hugoPost,
      'blog/2020-01-03-titled-by-heading.md': vuepressPost,
      'images/square.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    });
    const out = `${dir}-out`; // beside the content: a build refuses an --out inside it
    const build = await main(['build', '--content', dir, '--out', out], {cacheDir: testCacheDir, published: 'none'});
    expect(build.stderr).toBe('');
    expect(build.exitCode).toBe(0);
    const files = await listFiles(out);
    expect(files).toContain('2020/01/02/in-toml/index.html');
    expect(files).toContain('2020/01/03/titled-by-heading/index.html');
    // Markdown sources are never copied raw.
    expect(files.filter((path) => /\.(md|markdown)$/.test(path))).toEqual([]);

    const toml = await readFile(join(out, '2020/01/02/in-toml/index.html'), 'utf8');
    expect(toml).toContain('<img src="/images/square.svg" alt="A square" srcset="/images/square.svg 1x, /images/square.svg 2x">');
    expect(toml).toContain('<a href="/2020/01/03/titled-by-heading/#a-section">the other</a>');
    const titled = await readFile(join(out, '2020/01/03/titled-by-heading/index.html'), 'utf8');
    expect(titled).toContain('<title>Titled by its heading');
    expect(titled).toContain('<a href="/2020/01/02/in-toml/">TOML</a>');

    const feed = await readFile(join(out, 'atom.xml'), 'utf8');
    expect(feed).toMatch(/<title[^>]*>Titled by its heading<\/title>/);
    expect(feed).toContain('src="https://example.com/images/square.svg"');
    expect(feed).toContain('href="https://example.com/2020/01/03/titled-by-heading/#a-section"');
  });
});
