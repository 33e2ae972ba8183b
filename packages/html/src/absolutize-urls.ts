import type {Element, ElementContent, Nodes, Root, RootContent} from 'hast';
import {resolvedUrlAttributeNames} from '@folio/core';
import {rewriteHtmlUrls} from './raw-html-urls.js';
import {mapSrcSet} from './srcset.js';

// Properties whose value is one URL.
const urlProperties = ['href', 'src', 'poster', 'cite'] as const;

function hasScheme(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url);
}

function absolute(url: string, baseUrl: string, pageUrl: string): string {
  const value = url.trim();
  if (hasScheme(value)) return url;
  // The page's HTML is written for a browser: its site paths carry the base
  // path already (`/repo/2013/…`), so they resolve against the origin.
  const page = hasScheme(pageUrl) ? pageUrl : baseUrl.replace(/\/+$/, '') + (pageUrl.startsWith('/') ? pageUrl : `/${pageUrl}`);
  try {
    return new URL(value, page).href;
  } catch {
    return url;
  }
}

type Resolve = (url: string) => string;

/** The element's properties with absolute URLs, or `undefined` when none changes. */
function absoluteProperties(element: Element, resolve: Resolve): Element['properties'] | undefined {
  let changed: Element['properties'] | undefined;
  const set = (name: string, value: string): void => {
    changed ??= {...element.properties};
    changed[name] = value;
  };
  for (const name of urlProperties) {
    const value = element.properties[name];
    if (typeof value !== 'string') continue;
    const resolved = resolve(value);
    if (resolved !== value) set(name, resolved);
  }
  const srcSet = element.properties.srcSet;
  if (typeof srcSet === 'string') {
    const resolved = mapSrcSet(srcSet, resolve);
    if (resolved !== srcSet) set('srcSet', resolved);
  }
  return changed;
}

/** The children with absolute URLs: the same array when nothing in them changes. */
function absoluteChildren<T extends RootContent>(children: T[], resolve: Resolve): T[] {
  let changed: T[] | undefined;
  children.forEach((child, index) => {
    const next = absoluteNode(child, resolve);
    if (next === child) return;
    changed ??= children.slice();
    changed[index] = next;
  });
  return changed ?? children;
}

// Copy on write: a node is copied only when something under it changes, so
// the page's tree is neither mutated nor cloned whole.
function absoluteNode<T extends Nodes>(node: T, resolve: Resolve): T {
  if (node.type === 'raw') {
    // Raw HTML is rewritten as text, URL by URL, with the tokenizer the checks use; it is not parsed into a tree again.
    const value = rewriteHtmlUrls(node.value, resolve, resolvedUrlAttributeNames);
    return value === node.value ? node : {...node, value};
  }
  if (node.type !== 'root' && node.type !== 'element') return node;
  const children = absoluteChildren<RootContent>(node.children, resolve);
  if (node.type === 'root') return (children === node.children ? node : {...node, children}) as T;
  const properties = absoluteProperties(node, resolve);
  const content = node.content ? absoluteNode(node.content, resolve) : undefined;
  if (children === node.children && properties === undefined && content === node.content) return node;
  return {
    ...node,
    children: children as ElementContent[],
    ...(properties === undefined ? {} : {properties}),
    ...(content === undefined ? {} : {content})
  };
}

/**
 * The tree with every href/src made absolute against the page's address
 * (`baseUrl` and the page's site path), as a browser would resolve them on
 * the page (for the feed): `/repo/2013/…` against the origin, relative URLs
 * and fragments against the page. URLs with a scheme (`https:`,
 * `mailto:`) stay as they are. URLs in raw HTML are made absolute too (a
 * feed reader has no page to resolve them against); the rest of the raw
 * HTML stays as written. Does not mutate `tree`: the result shares every
 * subtree without a URL to change.
 */
export function absolutizeUrls(tree: Root, baseUrl: string, pageUrl: string): Root {
  return absoluteNode(tree, (url) => absolute(url, baseUrl, pageUrl));
}
