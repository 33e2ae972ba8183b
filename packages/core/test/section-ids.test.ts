import type {Heading, Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {createMarkdownParser, remarkSectionIds, sectionIds, type HeadingIdProfile} from '../src/index.js';
import {at, parse} from './helpers.js';

function headings(tree: Root): Heading[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading');
}

function only(markdown: string): Heading {
  const [heading] = headings(parse(markdown));
  if (!heading) throw new Error('Unexpected missing heading');
  return heading;
}

function texts(heading: Heading): string[] {
  return heading.children.map((child) => ('value' in child ? child.value : child.type));
}

describe('sectionIds', () => {
  it('should set the slug of the text on `data.id` and `data.hProperties.id`', () => {
    const heading = only('## The CAP theorem\n');
    expect(heading.data?.id).toBe('the-cap-theorem');
    expect(heading.data?.hProperties?.id).toBe('the-cap-theorem');
    expect(heading.data?.idAliases).toBeUndefined();
    expect(heading.data?.explicitIdPosition).toBeUndefined();
  });

  it('should use an explicit id and strip it from the text', () => {
    const heading = only('## The CAP theorem {#cap}\n');
    expect(heading.data?.id).toBe('cap');
    expect(heading.data?.hProperties?.id).toBe('cap');
    expect(texts(heading)).toEqual(['The CAP theorem']);
  });

  it('should record aliases written after the explicit id', () => {
    const heading = only('## The CAP theorem {#cap #old-cap #cap-theorem}\n');
    expect(heading.data?.id).toBe('cap');
    expect(heading.data?.idAliases).toEqual(['old-cap', 'cap-theorem']);
    expect(texts(heading)).toEqual(['The CAP theorem']);
  });

  it('should remove the text node when it held only the explicit id', () => {
    const heading = only('## *Emphasis* {#em}\n');
    expect(heading.data?.id).toBe('em');
    expect(heading.children.map((child) => child.type)).toEqual(['emphasis']);
  });

  it('should leave a heading with no text at all when it was only the id', () => {
    const heading = only('## {#only}\n');
    expect(heading.data?.id).toBe('only');
    expect(heading.children).toEqual([]);
  });

  it('should keep `{#}` as an empty id rather than fall back to the slug', () => {
    const heading = only('## Empty {#}\n');
    expect(heading.data?.id).toBe('');
    expect(texts(heading)).toEqual(['Empty']);
  });

  it('should not look for an id inside the last inline element', () => {
    const heading = only('## CAP *theorem {#x}*\n');
    expect(heading.data?.id).toBe('cap-theorem-x');
    expect(heading.data?.explicitIdPosition).toBeUndefined();
  });

  it('should leave an id followed by more text in the heading', () => {
    const heading = only('## CAP {#cap} theorem\n');
    expect(heading.data?.id).toBe('cap-cap-theorem');
    expect(texts(heading)).toEqual(['CAP {#cap} theorem']);
  });

  it('should place the explicit id exactly, braces included', () => {
    expect(at(only('## The CAP theorem {#cap}\n').data?.explicitIdPosition)).toBe('1:20-1:26');
    expect(at(only('# Intro {#intro #old}\n').data?.explicitIdPosition)).toBe('1:9-1:22');
  });

  it('should place the explicit id after inline markup', () => {
    const tree = parse('Intro.\n\n## CAP *theorem* {#cap #old}\n');
    const [heading] = headings(tree);
    expect(heading?.data?.explicitIdPosition?.start).toEqual({line: 3, column: 18, offset: 25});
    expect(heading?.data?.explicitIdPosition?.end).toEqual({line: 3, column: 29, offset: 36});
  });

  it('should place the explicit id after escapes and character references', () => {
    // `&amp;` and `\*` are shorter in the text than in the source.
    const heading = only('## AT&amp;T \\* escaped {#att}\n');
    expect(texts(heading)).toEqual(['AT&T * escaped']);
    expect(heading.data?.explicitIdPosition?.start).toEqual({line: 1, column: 24, offset: 23});
    expect(heading.data?.explicitIdPosition?.end).toEqual({line: 1, column: 30, offset: 29});
  });

  it('should place the explicit id on an indented continuation line of a setext heading', () => {
    const heading = only('Multi\n   line {#ml}\n---\n');
    expect(heading.data?.id).toBe('ml');
    expect(texts(heading)).toEqual(['Multi\nline']);
    expect(at(heading.data?.explicitIdPosition)).toBe('2:9-2:14');
  });

  it('should place the explicit id before a closing sequence and trailing tabs', () => {
    expect(at(only('## Trailing {#tr} ##\n').data?.explicitIdPosition)).toBe('1:13-1:18');
    expect(at(only('## Tabs\t{#tabs}\t\n').data?.explicitIdPosition)).toBe('1:9-1:16');
  });

  it('should leave inline HTML out of the slug', () => {
    expect(only('## Hello <span>there</span> world\n').data?.id).toBe('hello-there-world');
    expect(only('## Hello <br> world\n').data?.id).toBe('hello--world');
  });

  it('should include the alt of an image and the text of inline code in the slug', () => {
    expect(only('## Image ![alt text](x.png) here\n').data?.id).toBe('image-alt-text-here');
    expect(only('## Use `git rebase` often\n').data?.id).toBe('use-git-rebase-often');
  });

  it('should give an empty id to a heading whose text has no letters', () => {
    expect(only('## 🎉\n').data?.id).toBe('');
  });

  it('should tell repeated headings apart with `-1`, `-2`, … as GitHub does', () => {
    expect(headings(parse('## Same\n\n## Same\n\n## Same\n')).map((heading) => heading.data?.id)).toEqual(['same', 'same-1', 'same-2']);
  });

  it('should step past a heading that reads like a suffix, as github-slugger does', () => {
    expect(headings(parse('## A\n\n## A\n\n## A 1\n')).map((heading) => heading.data?.id)).toEqual(['a', 'a-1', 'a-1-1']);
  });

  it('should follow the engine named in `headingIds`', () => {
    const ids = (profile: HeadingIdProfile) => {
      const tree = createMarkdownParser().parse('## A\n\n## A\n\n## A 1\n\n## Ünïcode & [Link](https://x.org)\n');
      sectionIds(tree, {headingIds: profile, source: '## A\n\n## A\n\n## A 1\n\n## Ünïcode & [Link](https://x.org)\n'});
      return headings(tree).map((heading) => heading.data?.id);
    };
    expect(ids('hugo')).toEqual(['a', 'a-1', 'a-1-1', 'ünïcode--linkhttpsxorg']);
    expect(ids('zola')).toEqual(['a', 'a-1', 'a-1-1', 'unicode-link']);
    expect(ids('jekyll')).toEqual(['a', 'a-1', 'a-1', 'ünïcode--link']);
    expect(ids('vuepress')).toEqual(['a', 'a-1', 'a-1-1', 'unicode-link']);
  });

  it('should number thousands of equal headings in order, for every engine', () => {
    const markdown = '## Same\n\n'.repeat(3000);
    // Parsed once: the ids are recomputed for each engine (tested below), and
    // parsing is most of the time.
    const tree = createMarkdownParser().parse(markdown);
    for (const profile of ['github', 'hugo', 'zola', 'jekyll', 'vuepress'] as const) {
      sectionIds(tree, {headingIds: profile, source: markdown});
      const ids = headings(tree).map((heading) => heading.data?.id);
      expect(ids.slice(0, 3)).toEqual(['same', 'same-1', 'same-2']);
      expect(ids.at(-1)).toBe('same-2999');
      expect(new Set(ids).size).toBe(3000);
    }
  });

  it('should call a Hugo heading without letters `heading`', () => {
    const tree = createMarkdownParser().parse('## 🎉\n\n## …\n');
    sectionIds(tree, {headingIds: 'hugo'});
    expect(headings(tree).map((heading) => heading.data?.id)).toEqual(['heading', 'heading-1']);
  });

  it('should keep later automatic ids off explicit ones where the engine does', () => {
    const ids = (profile: HeadingIdProfile) => {
      const tree = createMarkdownParser().parse('## Hello\n\n## Other {#hello}\n');
      sectionIds(tree, {headingIds: profile});
      return headings(tree).map((heading) => heading.data?.id);
    };
    // Zola takes every explicit id on the page first; the others only see what came before.
    expect(ids('zola')).toEqual(['hello-1', 'hello']);
    expect(ids('hugo')).toEqual(['hello', 'hello']);
  });

  it('should give the same ids when run again, and recompute them for another engine', () => {
    const tree = parse('## Same\n\n## Same {#own}\n\n## Same\n');
    sectionIds(tree);
    expect(headings(tree).map((heading) => heading.data?.id)).toEqual(['same', 'own', 'same-1']);
    sectionIds(tree, {headingIds: 'vuepress'});
    expect(headings(tree).map((heading) => heading.data?.id)).toEqual(['same', 'own', 'same-1']);
    sectionIds(tree, {headingIds: 'jekyll'});
    expect(headings(tree).map((heading) => heading.data?.hProperties?.id)).toEqual(['same', 'own', 'same-1']);
  });

  it('should keep other `hProperties` already on the heading', () => {
    const tree = parse('## Styled\n');
    const [heading] = headings(tree);
    if (!heading) throw new Error('Unexpected missing heading');
    heading.data = {hProperties: {className: ['x']}};
    sectionIds(tree);
    expect(heading.data.hProperties).toEqual({className: ['x'], id: 'styled'});
  });

  it('should work on a tree without positions, recording no position', () => {
    const tree: Root = {
      type: 'root',
      children: [{type: 'heading', depth: 2, children: [{type: 'text', value: 'CAP {#cap #old}'}]}]
    };
    sectionIds(tree);
    const [heading] = headings(tree);
    expect(heading?.data).toEqual({id: 'cap', explicitId: true, idAliases: ['old'], hProperties: {id: 'cap'}});
  });
});

describe('remarkSectionIds', () => {
  it('should set ids as a unified plugin', async () => {
    const processor = unified().use(remarkParse).use(remarkSectionIds);
    // unified types `run` with the generic node, not the mdast root it returns here.
    const tree = (await processor.run(processor.parse('# Hello {#hi}\n'))) as Root;
    const [heading] = headings(tree);
    expect(heading?.data?.id).toBe('hi');
  });
});
