import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createSiteIndex, readSiteConfig, remarkSectionIds} from '@folio/core';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {remarkFolioSite} from '../src/index.js';

// The lint package's fixture sites: whole sites with known messages.
const site = join(import.meta.dirname, '../../lint/test/fixtures/no-missing-anchor');

// What `.remarkrc.mjs` sets up for stock remark tooling.
function processor(fileSet?: object) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkSectionIds)
    .use(remarkFolioSite, undefined, fileSet);
}

async function check(file: VFile, fileSet?: object): Promise<string[]> {
  const pipeline = processor(fileSet);
  await pipeline.run(pipeline.parse(file), file);
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`);
}

describe('remarkFolioSite', () => {
  it('should collect the site around the file, and check the file as given (an editor’s unsaved text)', async () => {
    const path = join(site, 'posts/ok.md');
    const edited = (await readFile(path, 'utf8')).replace('[Self](#intro)', '[Self](#intr)');
    const file = new VFile({path, value: edited});
    expect(await check(file)).toEqual([
      '25:3 no-missing-anchor: Unexpected missing anchor `#intr` in this page, expected an existing anchor; did you mean `#intro`?'
    ]);
    expect(file.data.folioFacts?.path).toBe('posts/ok.md');
    expect([...(file.data.folioSite?.files.keys() ?? [])]).toContain('posts/2013-01-14-notes-on-distributed-systems-for-young-bloods.md');
    expect(file.data.folioSite?.assets).toEqual(new Set(['images/x.png']));
  });

  it('should leave a file the build already collected alone', async () => {
    const config = readSiteConfig(await readFile(join(site, 'site.yaml'), 'utf8')).config!;
    const file = new VFile({path: join(site, 'posts/ok.md'), value: 'No [link](#nowhere) checked against the site on disk.'});
    const index = createSiteIndex(config, []);
    file.data.folioSite = index;
    await check(file);
    expect(file.data.folioSite).toBe(index);
  });

  it('should give the ids of the site’s `headingIds` engine, though the ids plugin ran before the site was known', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folio-hugo-site-'));
    await mkdir(join(dir, 'posts'));
    await writeFile(join(dir, 'site.yaml'), 'title: T\nbaseUrl: https://example.com\nauthor: A\nheadingIds: hugo\n');
    const value = '---\ntitle: T\ndate: 2020-01-01\n---\n\n## [A](https://b.org) c\n\n## [A](https://b.org) c\n\nSee [it](#ahttpsborg-c-1) and [not](#a-c).\n';
    await writeFile(join(dir, 'posts/2020-01-01-t.md'), value);
    const file = new VFile({path: join(dir, 'posts/2020-01-01-t.md'), value});
    expect(await check(file)).toEqual(['10:31 no-missing-anchor: Unexpected missing anchor `#a-c` in this page, expected an existing anchor']);
  });

  it('should do nothing to a file outside a site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folio-no-site-'));
    const file = new VFile({path: join(dir, 'readme.md'), value: 'A [link](#nowhere) and ![](x.png).\n'});
    expect(await check(file)).toEqual(['1:24 image-alt: Unexpected image without alt text, expected a short description in `![…]`']);
    expect(file.data.folioSite).toBeUndefined();
  });

  it('should report a broken site.yaml on the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folio-broken-site-'));
    await mkdir(join(dir, 'posts'));
    await writeFile(join(dir, 'site.yaml'), 'title: Broken\n');
    const file = new VFile({path: join(dir, 'posts/a.md'), value: '---\ntitle: A\ndate: 2020-01-01\n---\n', cwd: dir});
    const messages = await check(file);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^1:1 site-config: Unexpected `baseUrl` ``, expected an absolute URL.* \(in `site\.yaml` 1:1\)$/);
    expect(file.messages.every((message) => message.fatal)).toBe(true);
  });

  it('should read a site once per engine run, through its file set', async () => {
    const fileSet = {};
    await check(new VFile({path: join(site, 'posts/ok.md'), value: await readFile(join(site, 'posts/ok.md'), 'utf8')}), fileSet);
    await check(new VFile({path: join(site, 'posts/not-ok.md'), value: await readFile(join(site, 'posts/not-ok.md'), 'utf8')}), fileSet);
    const cache: unknown = Reflect.get(fileSet, Symbol.for('@folio/site/remark-folio-site'));
    expect(cache).toBeInstanceOf(Map);
    expect([...(cache as Map<string, unknown>).keys()]).toEqual([site]);
  });
});
