import type {FootnoteDefinition, FootnoteReference, Root} from 'mdast';
import type {Point, Position} from 'unist';
import {walkTree} from '@folio/core';
import type {VFile} from 'vfile';

export interface Footnotes {
  /** Definitions per identifier, in document order. */
  definitions: Map<string, FootnoteDefinition[]>;
  /** References per identifier, in document order. */
  references: Map<string, FootnoteReference[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Per tree, its notes: three rules read them. Weak, so a tree dropped is forgotten.
const footnotesOf = new WeakMap<Root, Footnotes>();

/** The tree's footnote definitions and references; the same maps for every rule, to be read, not changed. */
export function collectFootnotes(tree: Root): Footnotes {
  let known = footnotesOf.get(tree);
  if (!known) {
    known = readFootnotes(tree);
    footnotesOf.set(tree, known);
  }
  return known;
}

function readFootnotes(tree: Root): Footnotes {
  const definitions = new Map<string, FootnoteDefinition[]>();
  const references = new Map<string, FootnoteReference[]>();
  walkTree(tree, (node) => {
    if (node.type === 'footnoteDefinition') push(definitions, node.identifier, node);
    if (node.type === 'footnoteReference') push(references, node.identifier, node);
  });
  return {definitions, references};
}

/** `[^label]` as the writer wrote it. */
export function noteName(node: FootnoteDefinition | FootnoteReference): string {
  return `[^${node.label ?? node.identifier}]`;
}

/** A call that stayed text because nothing defines its label. */
export interface UndefinedCall {
  label: string;
  /** The identifier it would have (labels match case-insensitively). */
  identifier: string;
  position?: Position;
}

// GFM labels have no white space; a backslash before `[` escapes the call.
const callPattern = /(?<!\\)\[\^([^\]\s]{1,999})\](?!:)/g;

function pointAfter(start: Point, text: string, index: number): Point {
  let {line, column} = start;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {line, column, ...(start.offset === undefined ? {} : {offset: start.offset + index})};
}

/**
 * GFM only parses `[^x]` as a call when `[^x]: …` exists, so an undefined
 * call is plain text. Find those in text nodes, matching the source (not the
 * text's value) so escapes and character references are not mistaken for calls.
 */
export function findUndefinedCalls(tree: Root, file: VFile, defined: ReadonlySet<string>): UndefinedCall[] {
  const source = String(file.value ?? '');
  // A call is matched in the source: a text there holds none when the whole source has no `[^`.
  const sourceHasCalls = source.includes('[^');
  const calls: UndefinedCall[] = [];
  walkTree(tree, (node) => {
    if (node.type !== 'text') return;
    const start = node.position?.start;
    const end = node.position?.end;
    const hasSource = start?.offset !== undefined && end?.offset !== undefined && end.offset <= source.length;
    if (hasSource && !sourceHasCalls) return;
    const text = hasSource ? source.slice(start.offset, end.offset) : node.value;
    for (const match of text.matchAll(callPattern)) {
      const label = match[1] ?? '';
      const identifier = label.toLowerCase().toUpperCase().toLowerCase();
      if (defined.has(identifier)) continue;
      const call: UndefinedCall = {label, identifier};
      if (hasSource && start) {
        const from = pointAfter(start, text, match.index);
        call.position = {start: from, end: pointAfter(from, match[0], match[0].length)};
      }
      calls.push(call);
    }
  });
  return calls;
}
