import type {Nodes, Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import {skipChildren, walkTree} from '../src/index.js';
import {parse} from './helpers.js';

function types(tree: Nodes, skip?: string): string[] {
  const seen: string[] = [];
  walkTree(tree, (node) => {
    seen.push(node.type);
    return node.type === skip ? skipChildren : undefined;
  });
  return seen;
}

describe('walkTree', () => {
  it('should visit parents before children, in document order', () => {
    expect(types(parse('# A *b*\n\n> c\n'))).toEqual(['root', 'heading', 'text', 'emphasis', 'text', 'blockquote', 'paragraph', 'text']);
  });

  it('should leave out the children of a node when told to', () => {
    expect(types(parse('# A *b*\n\n> c\n'), 'heading')).toEqual(['root', 'heading', 'blockquote', 'paragraph', 'text']);
  });

  it('should walk nesting far deeper than a recursive walk could', () => {
    let tree: Nodes = {type: 'text', value: 'deep'};
    for (let depth = 0; depth < 200_000; depth++) tree = {type: 'blockquote', children: [tree as never]};
    const root: Root = {type: 'root', children: [tree as never]};
    let count = 0;
    walkTree(root, () => {
      count++;
    });
    expect(count).toBe(200_002);
  });
});
