import {parseTree, type Node as JsonNode, type ParseError} from 'jsonc-parser';
import type {Position} from 'unist';
import {createPositionMapper} from '../source-position.js';
import type {SourceEntry, SourceNode} from './source-node.js';

type Place = (from: number, to: number) => Position;

function build(node: JsonNode, place: Place): SourceNode {
  const position = place(node.offset, node.offset + node.length);
  if (node.type === 'object') {
    const entries = new Map<string, SourceEntry>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const keyPosition = place(keyNode.offset, keyNode.offset + keyNode.length);
      // JSON.parse keeps the last of two equal keys; so do we.
      entries.set(key, {key, named: true, keyPosition, value: valueNode ? build(valueNode, place) : {kind: 'scalar', value: null, position: keyPosition}});
    }
    return {kind: 'map', entries, position};
  }
  if (node.type === 'array') return {kind: 'list', items: (node.children ?? []).map((child) => build(child, place)), position};
  return {kind: 'scalar', value: node.value ?? null, position};
}

/**
 * The nodes of a JSON text with where each was written. Reading them is
 * ten times slower than `JSON.parse`, so only a text with a problem is read
 * this way; `yaml` would read JSON too, but a hundred times slower.
 */
export function parseJsonSource(text: string): {root?: SourceNode; position: Position; errorAt?: Position} {
  const place = createPositionMapper(text, {line: 1, column: 1, offset: 0});
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false});
  const first = errors[0];
  return {
    position: place(0, text.length),
    ...(root ? {root: build(root, place)} : {}),
    ...(first ? {errorAt: place(first.offset, first.offset + first.length)} : {})
  };
}
