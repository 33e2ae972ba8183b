import type {Definition, Html, Image, Link, Root} from 'mdast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {rawHtmlLinks, walkTree} from '@folio/core';
import {fixedSource} from './fix.js';

/** Nodes that carry a URL the site must resolve (reference links through their definition). */
export type LinkNode = Link | Image | Definition;

/** A URL the site must resolve, written in Markdown or in raw HTML. */
export interface LinkTarget {
  url: string;
  /** The node it is written in: ancestors for the message. */
  node: LinkNode | Html;
  /** Where to report: the link, or the URL inside the raw HTML. */
  place: Position | undefined;
  /** The text that replaces the message's range when `from` in the URL becomes `to`; undefined when unknowable. */
  fix(from: string, to: string): string | undefined;
}

function replaced(url: string, from: string, to: string): string | undefined {
  const index = from === '' ? -1 : url.indexOf(from);
  // An attribute value cannot take a quote or `&` unescaped; offer no fix then.
  if (index < 0 || /["'&<>\s]/.test(to)) return undefined;
  return url.slice(0, index) + to + url.slice(index + from.length);
}

// Per tree, its targets: four rules go through them, and reading raw HTML
// for URLs costs a tokenizer pass. Weak, so a tree dropped is forgotten.
const targetsOf = new WeakMap<Root, {file: VFile; targets: LinkTarget[]}>();

function collectLinkTargets(tree: Root, file: VFile): LinkTarget[] {
  const source = typeof file.value === 'string' ? file.value : undefined;
  const targets: LinkTarget[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      targets.push({url: node.url, node, place: node.position, fix: (from, to) => fixedSource(file, node, from, to)});
    } else if (node.type === 'html') {
      for (const link of rawHtmlLinks(node, source)) {
        targets.push({url: link.url, node, place: link.position, fix: (from, to) => (link.literal ? replaced(link.url, from, to) : undefined)});
      }
    }
  });
  return targets;
}

/** Every link, image and definition, and every `href`/`src`/`srcset` URL of raw HTML, in document order. */
export function visitLinkTargets(tree: Root, file: VFile, visitor: (target: LinkTarget) => void): void {
  let known = targetsOf.get(tree);
  if (known?.file !== file) {
    known = {file, targets: collectLinkTargets(tree, file)};
    targetsOf.set(tree, known);
  }
  for (const target of known.targets) visitor(target);
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
