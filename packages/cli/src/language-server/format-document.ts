import {frontMatterFormats, parseMarkdown} from '@folio/core';
import {parseMarkdownSafely, remarkStringifyExplicitIds} from '@folio/lint';
import type {Root} from 'mdast';
import {remark} from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';

/** Where a node or an explicit id was written: formatting may move it, nothing else. */
const placeKeys: ReadonlySet<string> = new Set(['position', 'explicitIdPosition']);

/** Deep equality of two parsed trees, ignoring where things were written. */
function sameTree(left: unknown, right: unknown): boolean {
  if (typeof left !== 'object' || left === null || typeof right !== 'object' || right === null) return left === right;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((item: unknown, index) => sameTree(item, right[index]));
  const a = left as Record<string, unknown>;
  const b = right as Record<string, unknown>;
  const keys = Object.keys(a).filter((key) => !placeKeys.has(key) && a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => !placeKeys.has(key) && b[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameTree(a[key], b[key]));
}

export type Formatted = {kind: 'same'} | {kind: 'formatted'; text: string} | {kind: 'refused'; reason: string};

/**
 * Format Markdown as remark writes it, without losing anything: explicit
 * heading ids are written back (`remarkStringifyExplicitIds`), and the
 * result is parsed again and must give the same tree, positions aside
 * (the same headings and ids, links, footnotes, front matter, HTML);
 * otherwise the text stays as it is and the reason says why.
 */
export function formatDocument(text: string): Formatted {
  const file = new VFile({path: 'document.md', value: text});
  const tree = parseMarkdownSafely(file);
  if (!tree) return {kind: 'refused', reason: `Not formatted: ${file.messages[0]?.reason ?? 'the document cannot be parsed'}`};
  const processor = remark().use(remarkGfm).use(remarkFrontmatter, [...frontMatterFormats]).use(remarkStringifyExplicitIds);
  let formatted: string;
  try {
    formatted = processor.stringify(tree as Root);
  } catch (error) {
    return {kind: 'refused', reason: `Not formatted: remark could not write this document back (${String(error)})`};
  }
  if (formatted === text) return {kind: 'same'};
  if (!sameTree(parseMarkdown(new VFile({value: formatted})), tree)) {
    return {kind: 'refused', reason: 'Not formatted: remark would change what this document means (its headings, ids, links, lists or HTML), so it is left as written'};
  }
  return {kind: 'formatted', text: formatted};
}
