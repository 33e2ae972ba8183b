import type {Point, Position} from 'unist';
import {parseYamlSource} from './schema/from-yaml.js';
import type {SourceDocument, SourceNode} from './schema/source-node.js';
import {plainValue} from './schema/source-node.js';
import type {Problem} from './types.js';

/** One key of a YAML mapping, with where its key and value were written. */
export interface YamlField {
  key: string;
  /** The plain JS value. */
  value: unknown;
  /** True when the value is a scalar (string, number, boolean, null). */
  scalar: boolean;
  keyPosition: Position;
  valuePosition: Position;
  /** Positions of the items, for a sequence. */
  itemPositions: Position[];
}

export interface YamlMapping {
  fields: Map<string, YamlField>;
  problems: Problem[];
  /** Where the whole block is, for problems about it as a whole. */
  position: Position;
  /** The block's nodes, for the schemas to validate; absent when it is empty. */
  root?: SourceNode;
}

/**
 * The top-level keys of a parsed block (YAML or TOML front matter): a
 * syntax error, a block that is not a mapping, or a key that is not a
 * name is a problem; the keys keep where they were written.
 */
export function mappingOf(document: SourceDocument, ruleId: string): YamlMapping {
  const {root, position} = document;
  const fields = new Map<string, YamlField>();
  if (document.syntaxError) return {fields, problems: [{ruleId, ...document.syntaxError}], position};
  if (!root) return {fields, problems: [], position};
  if (root.kind !== 'map') {
    return {fields, problems: [{ruleId, reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines', position: root.position}], position};
  }
  const problems: Problem[] = [];
  for (const entry of root.entries.values()) {
    if (!entry.named) {
      problems.push({ruleId, reason: 'Unexpected key that is not a plain name, expected a name', position: entry.keyPosition});
      continue;
    }
    const value = entry.value;
    fields.set(entry.key, {
      key: entry.key,
      value: plainValue(value),
      scalar: value.kind === 'scalar',
      keyPosition: entry.keyPosition,
      valuePosition: value.position,
      itemPositions: value.kind === 'list' ? value.items.map((item) => item.position) : []
    });
  }
  return {fields, problems, position, root};
}

/**
 * Read a YAML block that should be a mapping, keeping the position of every
 * key and value so problems point at what the writer wrote.
 */
export function readYamlMapping(text: string, start: Point, ruleId: string): YamlMapping {
  return mappingOf(parseYamlSource(text, start), ruleId);
}
