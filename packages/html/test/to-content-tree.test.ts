import {readFileSync} from 'node:fs';
import {collectAnchors} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {toContentTree} from '../src/index.js';
import {createTestSite, post, renderedIds, serialize, site} from './site.js';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const {index, trees} = createTestSite(
  {
    'posts/2013-01-14-tricky.md': fixture('tricky.md'),
    'posts/2014-02-03-other.md': fixture('other.md'),
    'pages/about.md': '---\ntitle: About\n---\n'
  },
  ['images/diagram.png']
);
const path = 'posts/2013-01-14-tricky.md';
const tree = trees.get(path);
if (!tree) throw new Error('Unexpected missing fixture tree');

describe('toContentTree', () => {
  it('should render exactly the ids that collectAnchors expects', () => {
    const html = serialize(toContentTree(tree, {index, path}));
    // A heading whose slug is empty is listed by core with id ``; the HTML
    // gives it no id at all (the `section-permalink` rule reports it).
    const expected = collectAnchors(tree, site.footnotes)
      .map((anchor) => anchor.id)
      .filter((id) => id !== '');
    const sorted = (ids: string[]): string[] => [...ids].sort();
    expect(sorted(renderedIds(html))).toEqual(sorted(expected));
    // The fixture really is tricky: every kind of anchor is in it.
    expect(expected).toEqual(
      expect.arrayContaining(['cap', 'the-cap-theorem', 'emoji--party', 'raw-in-heading', 'named-anchor', 'unquoted', 'fn:letters-2', 'fnref:1-4', 'fn:inner'])
    );
  });

  it('should match the snapshot', async () => {
    await expect(serialize(toContentTree(tree, {index, path})) + '\n').toMatchFileSnapshot('__snapshots__/tricky.html');
  });

  it('should not mutate the tree', () => {
    const before = structuredClone(tree);
    toContentTree(tree, {index, path});
    expect(tree).toEqual(before);
  });

  it('should render the same HTML every time', () => {
    expect(serialize(toContentTree(tree, {index, path}))).toBe(serialize(toContentTree(tree, {index, path})));
  });

  it('should pass raw HTML through unchanged', () => {
    const raw = '<div class="x" data-y=\'1\'><b>unclosed\n';
    const site2 = createTestSite({'posts/a.md': post(raw)});
    const raws = site2.trees.get('posts/a.md');
    if (!raws) throw new Error('missing tree');
    const result = toContentTree(raws, {index: site2.index, path: 'posts/a.md'});
    expect(result.children).toEqual([expect.objectContaining({type: 'raw', value: raw.trimEnd()})]);
  });

  it('should render an empty body as an empty root', () => {
    const empty = createTestSite({'posts/a.md': post('')});
    const root = empty.trees.get('posts/a.md');
    if (!root) throw new Error('missing tree');
    expect(toContentTree(root, {index: empty.index, path: 'posts/a.md'})).toEqual({
      type: 'root',
      children: [],
      position: expect.anything()
    });
  });
});
