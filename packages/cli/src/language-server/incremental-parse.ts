import {walkTree} from '@folio/core';
import type {Root, RootContent} from 'mdast';
import {containsType, equalShifted, shiftPositions} from './tree-positions.js';

/** Parse a whole document, or a slice of one; undefined when the text is refused (too large, too deep…). */
export type ParseText = (text: string) => Root | undefined;

interface Label {
  type: 'definition' | 'footnoteDefinition';
  identifier: string;
}

/** A document as last parsed: its text, its tree (never handed out) and what it defines. */
export interface Parsed {
  text: string;
  tree: Root;
  labels: Label[];
}

const definitionTypes: ReadonlySet<string> = new Set(['definition', 'footnoteDefinition']);
// An identifier that reads back the same when written as a label: plain ASCII,
// no brackets or escapes, so `[id]: #` defines exactly `id` again.
const plainIdentifier = /^[\x21-\x5a\x5e-\x7e](?:[\x20-\x5a\x5e-\x7e]*[\x21-\x5a\x5e-\x7e])?$/;

function labelsOf(tree: Root): Label[] {
  const labels: Label[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') labels.push({type: node.type, identifier: node.identifier});
  });
  return labels;
}

/** Parse `text` whole; undefined when it is refused. */
export function parseWhole(text: string, parse: ParseText): Parsed | undefined {
  const tree = parse(text);
  return tree && {text, tree, labels: labelsOf(tree)};
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const found = text.indexOf('\n', offset);
  return found < 0 ? text.length : found;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function opensFrontMatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('+++');
}

function isFrontMatter(node: RootContent | undefined): boolean {
  return node?.type === 'yaml' || node?.type === 'toml';
}

function startOf(node: RootContent): number | undefined {
  return node.position?.start.offset;
}

function endOf(node: RootContent): number | undefined {
  return node.position?.end.offset;
}

/** A definition for each label, after the slice, so its references parse as in the whole document. */
function stubsOf(labels: Label[]): string | undefined {
  const stubs: string[] = [];
  for (const {type, identifier} of labels) {
    if (!plainIdentifier.test(identifier) || (type === 'definition' && identifier.startsWith('^'))) return undefined;
    stubs.push(type === 'definition' ? `[${identifier}]: #` : `[^${identifier}]: x`);
  }
  return stubs.map((stub) => `\n\n${stub}`).join('');
}

/**
 * Re-parse only the top-level blocks an edit touches, with one unchanged
 * block of context on each side, and keep the rest of `previous` with its
 * positions moved. Markdown blocks only look one line ahead, and a reference
 * depends on the document's definitions, which the slice is given as stubs;
 * so when both context blocks parse back unchanged, the result is the tree a
 * whole parse gives. Returns `undefined` when that cannot be shown (the edit
 * touches a definition or the last block, front matter that does not close,
 * CR line endings, a slice that `parse` refuses…): parse whole then.
 */
export function reparse(previous: Parsed, text: string, parse: ParseText): Parsed | undefined {
  const old = previous.text;
  if (old === text) return previous;
  // CR line endings and a byte order mark would make offsets and lines disagree with the code below.
  if (/[\r\uFEFF]/.test(text) || /[\r\uFEFF]/.test(old)) return undefined;

  const limit = Math.min(old.length, text.length);
  let start = 0;
  while (start < limit && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const oldEnd = old.length - tail;
  const newEnd = text.length - tail;
  const delta = text.length - old.length;

  const children = previous.tree.children;
  // Front matter that never closes is tried to the end of the document, and no block quote or list starts meanwhile.
  if (opensFrontMatter(old) && !isFrontMatter(children[0])) return undefined;
  if (children.some((child) => startOf(child) === undefined || endOf(child) === undefined)) return undefined;
  let first = children.findIndex((child) => endOf(child)! >= start);
  if (first < 0) first = children.length;
  const last = children.findLastIndex((child) => startOf(child)! <= oldEnd);
  // The blocks just outside the change: `before` stays as context (or the slice starts the document), `after` likewise.
  const before = Math.min(first, last + 1) - 1;
  const afterIndex = Math.max(last, first - 1) + 1;
  const after = children[afterIndex];
  if (!after?.position || lineStart(old, startOf(after)!) <= oldEnd) return undefined;
  const from = before > 0 ? before : 0;
  const context = before > 0 ? children[before] : undefined;
  if (context && lineEnd(old, endOf(context)!) >= start) return undefined;
  const sliceStart = context ? lineStart(old, startOf(context)!) : 0;
  // A slice from the middle starts with a blank line: on line 1, `---` would open front matter.
  const lead = context ? '\n' : '';
  const sliceLine = (context?.position?.start.line ?? 1) - lead.length;
  if (children.slice(from, afterIndex + 1).some((child) => containsType(child, definitionTypes))) return undefined;

  const stubs = stubsOf(previous.labels);
  if (stubs === undefined) return undefined;
  const sliceEnd = endOf(after)! + delta;
  const parsed = parse(lead + text.slice(sliceStart, sliceEnd) + stubs)?.children;
  if (!parsed) return undefined;
  const body = parsed.slice(0, parsed.length - previous.labels.length);
  const stubNodes = parsed.slice(body.length);
  const stubsBack = stubNodes.length === previous.labels.length && stubNodes.every((node, index) => node.type === previous.labels[index]?.type && 'identifier' in node && node.identifier === previous.labels[index]?.identifier);
  if (!stubsBack || body.length < (context ? 2 : 1)) return undefined;
  if (!context && opensFrontMatter(text) && !isFrontMatter(body[0])) return undefined;
  for (const node of body) shiftPositions(node, sliceLine - 1, sliceStart - lead.length);
  const lines = countLines(text, start, newEnd) - countLines(old, start, oldEnd);
  if (!equalShifted(body.at(-1), after, lines, delta)) return undefined;
  if (context && !equalShifted(body[0], context, 0, 0)) return undefined;
  if (body.some((node) => containsType(node, definitionTypes))) return undefined;

  const rest = children.slice(afterIndex + 1);
  for (const node of rest) shiftPositions(node, lines, delta);
  const root = previous.tree.position;
  const tree: Root = {
    type: 'root',
    children: [...children.slice(0, from), ...body, ...rest],
    ...(root ? {position: {start: root.start, end: {...root.end, line: root.end.line + lines, ...(root.end.offset === undefined ? {} : {offset: root.end.offset + delta})}}} : {})
  };
  return {text, tree, labels: previous.labels};
}
