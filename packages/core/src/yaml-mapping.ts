import type {Point, Position} from 'unist';
import {isAlias, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml';
import {createPositionMapper} from './source-position.js';
import type {Problem} from './types.js';

/** One key of a YAML mapping, with where its key and value were written. */
export interface YamlField {
  key: string;
  /** The plain JS value (`toJSON`). */
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
}

function rangeOf(node: YamlNode | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * Read a YAML block that should be a mapping, keeping the position of every
 * key and value so problems point at what the writer wrote.
 */
export function readYamlMapping(text: string, start: Point, ruleId: string): YamlMapping {
  const place = createPositionMapper(text, start);
  const whole = place(0, text.length);
  const problems: Problem[] = [];
  const fields = new Map<string, YamlField>();
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true, strict: true});

  // The first error only: the ones after it mostly follow from it.
  const error = document.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0] ?? error.message;
    problems.push({
      ruleId,
      reason: `Unexpected malformed YAML: ${reason.replace(/ at line \d+, column \d+:?$/, '')}, expected valid YAML`,
      position: place(error.pos[0], error.pos[1])
    });
    return {fields, problems, position: whole};
  }

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return {fields, problems, position: whole};
  }
  if (!isMap(contents)) {
    const range = rangeOf(contents) ?? [0, text.length];
    problems.push({
      ruleId,
      reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines',
      position: place(range[0], range[1])
    });
    return {fields, problems, position: whole};
  }

  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    const keyRange = rangeOf(keyNode) ?? [0, 0];
    const keyPosition = place(keyRange[0], keyRange[1]);
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      problems.push({ruleId, reason: 'Unexpected key that is not a plain name, expected a name', position: keyPosition});
      continue;
    }
    const valueRange = rangeOf(valueNode) ?? keyRange;
    const itemPositions: Position[] = [];
    if (isSeq(valueNode)) {
      for (const item of valueNode.items) {
        const itemRange = rangeOf(item as YamlNode) ?? valueRange;
        itemPositions.push(place(itemRange[0], itemRange[1]));
      }
    }
    // An alias (`*name`) stands for its anchor's value; `toJS` resolves it within the document.
    const target = isAlias(valueNode) ? valueNode.resolve(document) : valueNode;
    fields.set(keyNode.value, {
      key: keyNode.value,
      value: valueNode ? valueNode.toJS(document) : null,
      scalar: !target || isScalar(target),
      keyPosition,
      valuePosition: place(valueRange[0], valueRange[1]),
      itemPositions
    });
  }
  return {fields, problems, position: whole};
}
