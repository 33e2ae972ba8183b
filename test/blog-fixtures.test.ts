import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {testCacheDir} from './helpers/make-site.js';

const blogs = resolve(import.meta.dirname, 'fixtures/blogs');

interface Message {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
}

type Expected = [file: string, line: number, ruleId: string];

const byPosition = (messages: Expected[]): Expected[] => [...messages].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);

interface Blog {
  engine: string;
  /** Built page → heading ids the old engine gave it (the ones links rely on). */
  ids: Record<string, string[]>;
  /** Built page → attribute values a raw HTML `<img src>` or `<a href>` must be rewritten to. */
  rewritten: Record<string, string[]>;
  /** Messages the fixture has by design: `[file, line, ruleId]`. */
  expected: Expected[];
  /** A link whose fragment the negative case breaks: the file and the exact link text. */
  breakable: {file: string; link: string};
}

const cases: Blog[] = [
  {
    engine: 'hugo',
    ids: {
      // Goldmark slugs the Markdown source of a heading, link destination included.
      '2022/05/10/warming-the-cache/index.html': ['the-cold-start20220601reading-flame-graphs-problem', 'blockers', 'blockers-1'],
      '2022/06/01/reading-flame-graphs/index.html': ['wide-amp-flat-towers', 'narrow-spikes'],
      'notes/small-tools/index.html': ['jq-again']
    },
    rewritten: {
      '2022/05/10/warming-the-cache/index.html': ['src="/images/diagram.svg"'],
      '2022/06/01/reading-flame-graphs/index.html': ['href="/2022/05/10/warming-the-cache/#blockers-1"']
    },
    expected: [],
    breakable: {file: 'posts/notes/2022-07-03-small-tools.md', link: '(#jq-again)'}
  },
  {
    engine: 'jekyll',
    ids: {
      '2019/02/11/backpressure.html': ['überblick-日本語-too', 'blockers', 'blockers-1'],
      '2019/04/20/idempotency-keys.html': ['where-to-keep-the-keys']
    },
    rewritten: {
      '2019/02/11/backpressure.html': ['src="/blog/images/diagram.svg"'],
      '2019/03/02/dead-letters.html': ['href="/blog/2019/02/11/backpressure.html#blockers"']
    },
    expected: [],
    breakable: {file: '_posts/2019-03-02-dead-letters.markdown', link: '(/2019/02/11/backpressure.html#blockers-1)'}
  },
  {
    engine: 'zola',
    ids: {
      'blog/consistent-hashing/index.html': ['cafe-cap-2', 'virtual-nodes', 'virtual-nodes-1'],
      'blog/naming/index.html': ['ri-ben-notes', 'privet-mir']
    },
    rewritten: {'blog/consistent-hashing/index.html': ['src="/images/diagram.svg"']},
    // The one link to an alias is there on purpose: it is the warning's job.
    expected: [['blog/2023-03-05-old-links.md', 7, 'no-alias-link']],
    breakable: {file: 'blog/2023-02-20-naming.md', link: '(#privet-mir)'}
  },
  {
    engine: 'vuepress',
    ids: {
      '2024/01/08/versioned-docs/index.html': ['what-s-new-v2-0', '_2024-roadmap', 'cafe-cap-2'],
      '2024/02/14/broken-links/index.html': ['open-questions', 'open-questions-1'],
      '2024/03/01/style-guide/index.html': ['headings-when-why']
    },
    rewritten: {
      '2024/01/08/versioned-docs/index.html': ['src="/repo/images/diagram.svg"'],
      '2024/02/14/broken-links/index.html': ['href="/repo/2024/01/08/versioned-docs/#what-s-new-v2-0"']
    },
    expected: [],
    breakable: {file: 'posts/2024-03-01-style-guide.md', link: '(/2024/02/14/broken-links/#open-questions-1)'}
  },
  {
    engine: 'github',
    ids: {
      '2025/04/02/launch-retro/index.html': ['-launch-day', 'blockers', 'blockers-1'],
      'weekly/2025/04/07/week-14/index.html': ['fixes--follow-ups', 'naïve-questions'],
      'weekly/2025/04/14/week-15/index.html': ['the-lock-explained']
    },
    rewritten: {
      '2025/04/02/launch-retro/index.html': ['src="/images/diagram.svg"'],
      'weekly/2025/04/14/week-15/index.html': ['href="/weekly/2025/04/07/week-14/#fixes--follow-ups"']
    },
    expected: [],
    breakable: {file: 'posts/weekly/2025-04-07-week-14.md', link: '(2025-04-14-week-15.md#the-lock-explained)'}
  }
];

async function check(dir: string): Promise<Expected[]> {
  const run = await main(['check', '--content', dir, '--format', 'json'], {cacheDir: testCacheDir, published: 'none'});
  return (JSON.parse(run.stdout) as Message[]).map(({file, line, ruleId}) => [file, line, ruleId]);
}

/** A copy of a fixture with `#` plus one character more in the link's fragment; returns it and the link's line. */
async function copyWithBrokenFragment(blog: Blog): Promise<{dir: string; line: number}> {
  const dir = join(await mkdtemp(join(tmpdir(), `folio-blog-${blog.engine}-`)), 'content');
  await cp(join(blogs, blog.engine), dir, {recursive: true});
  const path = join(dir, blog.breakable.file);
  const text = await readFile(path, 'utf8');
  const at = text.indexOf(blog.breakable.link);
  expect(at).toBeGreaterThan(-1);
  const broken = blog.breakable.link.replace(/\)$/, 'x)');
  await writeFile(path, text.slice(0, at) + broken + text.slice(at + blog.breakable.link.length));
  return {dir, line: text.slice(0, at).split('\n').length};
}

describe('blogs brought from other engines', () => {
  for (const blog of cases) {
    describe(blog.engine, () => {
      const content = join(blogs, blog.engine);

      it('should check with no messages but the ones it has by design', async () => {
        expect(await check(content)).toEqual(blog.expected);
      });

      it("should build with the engine's heading ids and raw HTML rewritten to site URLs", async () => {
        const out = join(await mkdtemp(join(tmpdir(), `folio-blog-${blog.engine}-out-`)), 'site');
        const build = await main(['build', '--content', content, '--out', out], {cacheDir: testCacheDir, published: 'none'});
        expect(build.exitCode).toBe(0);
        for (const [page, ids] of Object.entries(blog.ids)) {
          const html = await readFile(join(out, page), 'utf8');
          for (const id of ids) expect(html).toContain(`<h2 id="${id}"`);
        }
        for (const [page, attributes] of Object.entries(blog.rewritten)) {
          const html = await readFile(join(out, page), 'utf8');
          for (const attribute of attributes) expect(html).toContain(attribute);
          expect(html).not.toContain('src="../');
        }
      });

      it('should report exactly one missing anchor, at its line, when one fragment is broken', async () => {
        const {dir, line} = await copyWithBrokenFragment(blog);
        const wanted: Expected[] = [...blog.expected, [blog.breakable.file, line, 'no-missing-anchor']];
        expect(byPosition(await check(dir))).toEqual(byPosition(wanted));
      });
    });
  }
});
