import type {Definition, Image, Link, Root} from 'mdast';
import {walkTree} from '@folio/core';

/** Nodes that carry a URL the site must resolve (reference links through their definition). */
export type LinkNode = Link | Image | Definition;

export function visitLinkNodes(tree: Root, visitor: (node: LinkNode) => void): void {
  walkTree(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') visitor(node);
  });
}

/** The URL as written, without its `#fragment`. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return (hash < 0 ? url : url.slice(0, hash)).trim();
}

/** The fragment as written after `#`, undecoded; undefined when there is none. */
export function fragmentOf(url: string): string | undefined {
  const hash = url.indexOf('#');
  return hash < 0 ? undefined : url.slice(hash + 1).trim();
}
