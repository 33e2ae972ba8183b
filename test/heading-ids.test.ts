import {parseMarkdown, type HeadingIdProfile} from '@folio/core';
import GithubSlugger from 'github-slugger';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {VFile} from 'vfile';
import {beforeAll, describe, expect, it} from 'vitest';
import {headingCorpus, pageMarkdown} from './helpers/heading-corpus.js';
import {hugoIds, jekyllIds, vuepressIds} from './helpers/heading-engines.js';
import {gateNote, hugoGate, jekyllGate, requireTool} from './helpers/tools.js';

// 2,000 generated headings on 40 pages, and 1,000 more with explicit `{#id}`s for
// the engines that read them (VuePress leaves `{#id}` in the text).
const plainCorpus = headingCorpus(12, 40, 50);
const explicitCorpus = headingCorpus(7, 20, 50, true);
const plainPages = plainCorpus.map(pageMarkdown);
const explicitPages = explicitCorpus.map(pageMarkdown);
const textsOf = new Map([...plainCorpus, ...explicitCorpus].map((page) => [pageMarkdown(page), page.headings]));

type Ids = Array<string | undefined>;

function headingsOf(tree: Root): Heading[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading');
}

function ours(markdown: string, headingIds: HeadingIdProfile): Ids {
  return headingsOf(parseMarkdown(new VFile({path: 'posts/p.md', value: markdown}), {headingIds})).map((heading) => heading.data?.id);
}

/** Every heading whose id differs, as `page:heading text: ours ≠ theirs`; an empty id and no id are the same page. */
function mismatches(pages: string[], theirs: Ids[], profile: HeadingIdProfile): string[] {
  const found: string[] = [];
  pages.forEach((markdown, page) => {
    const mine = ours(markdown, profile);
    const engine = theirs[page] ?? [];
    if (mine.length !== engine.length) found.push(`page ${page}: ${mine.length} headings, the engine ${engine.length}`);
    const texts = textsOf.get(markdown) ?? [];
    for (let index = 0; index < Math.min(mine.length, engine.length); index++) {
      const [a, b] = [mine[index] || undefined, engine[index] || undefined];
      if (a !== b) found.push(`${page}:${JSON.stringify(texts[index] ?? '')}: ${String(a)} ≠ ${String(b)}`);
    }
  });
  return found;
}

function headingCount(pages: string[]): number {
  return pages.reduce((sum, markdown) => sum + (textsOf.get(markdown)?.length ?? 0), 0);
}

describe('heading ids against the engines themselves', () => {
  it('should compare thousands of headings', () => {
    expect(headingCount(plainPages)).toBe(2000);
    expect(headingCount(explicitPages)).toBe(1000);
  });

  it('should give every heading the id github-slugger gives its text (github)', () => {
    const expected = plainPages.map((markdown) => {
      const slugger = new GithubSlugger();
      const tree = parseMarkdown(new VFile({path: 'posts/p.md', value: markdown}));
      return headingsOf(tree).map((heading) => slugger.slug(toString(heading, {includeHtml: false}).trim()));
    });
    expect(mismatches(plainPages, expected, 'github')).toEqual([]);
  });

  it('should give every heading the id VuePress 2 gives it (vuepress)', () => {
    expect(mismatches(plainPages, vuepressIds(plainPages), 'vuepress')).toEqual([]);
  });
});

const hugo = hugoGate();
describe.skipIf(hugo.skip)(`heading ids against Hugo${gateNote(hugo)}`, () => {
  // One build per corpus, shared by the tests of this run only.
  let plain: Ids[] = [];
  let explicit: Ids[] = [];
  beforeAll(async () => {
    const path = requireTool(hugo);
    [plain, explicit] = await Promise.all([hugoIds(path, plainPages), hugoIds(path, explicitPages)]);
  });

  it('should give every heading the id Hugo gives it (hugo)', () => {
    expect(plain.flat()).toHaveLength(2000);
    expect(mismatches(plainPages, plain, 'hugo')).toEqual([]);
  });

  it('should keep automatic ids off explicit ones as Hugo does (hugo)', () => {
    expect(explicit.flat()).toHaveLength(1000);
    expect(mismatches(explicitPages, explicit, 'hugo')).toEqual([]);
  });
});

const jekyll = jekyllGate();
describe.skipIf(jekyll.skip)(`heading ids against Jekyll with kramdown’s GFM parser${gateNote(jekyll)}`, () => {
  let plain: Ids[] = [];
  let explicit: Ids[] = [];
  beforeAll(async () => {
    const path = requireTool(jekyll);
    [plain, explicit] = await Promise.all([jekyllIds(path, plainPages), jekyllIds(path, explicitPages)]);
  });

  it('should give every heading the id Jekyll gives it (jekyll)', () => {
    expect(plain.flat()).toHaveLength(2000);
    expect(mismatches(plainPages, plain, 'jekyll')).toEqual([]);
  });

  it('should count repeats as kramdown does, explicit ids apart (jekyll)', () => {
    expect(explicit.flat()).toHaveLength(1000);
    expect(mismatches(explicitPages, explicit, 'jekyll')).toEqual([]);
  });
});
