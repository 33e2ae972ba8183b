import type {Element, Nodes, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
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

function absolutizeElement(element: Element, baseUrl: string, pageUrl: string): void {
  const properties = element.properties;
  for (const name of urlProperties) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = absolute(value, baseUrl, pageUrl);
  }
  const srcSet = properties.srcSet;
  if (typeof srcSet === 'string') properties.srcSet = mapSrcSet(srcSet, (url) => absolute(url, baseUrl, pageUrl));
}

function walk(node: Nodes, baseUrl: string, pageUrl: string): void {
  if (node.type === 'element') absolutizeElement(node, baseUrl, pageUrl);
  if ('children' in node) for (const child of node.children) walk(child, baseUrl, pageUrl);
  if (node.type === 'element' && node.content) walk(node.content, baseUrl, pageUrl);
}

function hasRaw(node: Nodes): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
}

/**
 * A copy with every href/src made absolute against the page's address
 * (`baseUrl` and the page's site path), as a browser would resolve them on
 * the page (for the feed): `/repo/2013/…` against the origin, relative URLs
 * and fragments against the page. URLs with a scheme (`https:`,
 * `mailto:`) stay as they are. Raw HTML is parsed first so its URLs are
 * made absolute too: a feed reader has no page to resolve them against.
 */
export function absolutizeUrls(tree: Root, baseUrl: string, pageUrl: string): Root {
  const copy = hasRaw(tree) ? fromHtml(toHtml(tree, {allowDangerousHtml: true}), {fragment: true}) : structuredClone(tree);
  walk(copy, baseUrl, pageUrl);
  return copy;
}
