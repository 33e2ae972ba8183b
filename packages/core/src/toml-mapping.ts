import type {Point, Position} from 'unist';
import {getStaticTOMLValue, ParseError, parseTOML, type AST} from 'toml-eslint-parser';
import {createPositionMapper} from './source-position.js';
import type {Problem} from './types.js';
import type {YamlField, YamlMapping} from './yaml-mapping.js';

type Place = (from: number, to: number) => Position;

/** The first name of a key (`extra` for `extra.tags` or `[extra]`). */
function firstName(key: AST.TOMLKey): string | undefined {
  const first = key.keys[0];
  if (!first) return undefined;
  return first.type === 'TOMLBare' ? first.name : first.value;
}

/**
 * A value as front matter readers want it: dates and times as the text the
 * writer wrote (the date parser reads them in the site's time zone, as it
 * does YAML's), everything else as plain JS.
 */
function plainValue(node: AST.TOMLContentNode, text: string): unknown {
  if (node.type === 'TOMLValue' && node.kind !== 'string' && node.kind !== 'integer' && node.kind !== 'float' && node.kind !== 'boolean') {
    return text.slice(node.range[0], node.range[1]);
  }
  if (node.type === 'TOMLArray') return node.elements.map((element) => plainValue(element, text));
  if (node.type === 'TOMLInlineTable') return getStaticTOMLValue(node);
  const value: unknown = getStaticTOMLValue(node);
  // 64-bit integers come back as bigints when they exceed a double.
  return typeof value === 'bigint' ? Number(value) : value;
}

/**
 * Where a parse error shows: the parser points at the token after the
 * problem, which for a missing value is white space or the end of the
 * block; the writer's mistake is at the end of what they wrote before it.
 */
function errorRange(text: string, index: number): [number, number] {
  let end = Math.min(index, text.length);
  if (end === text.length || /\s/.test(text.charAt(end))) {
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  }
  return [end, end];
}

function readPair(pair: AST.TOMLKeyValue, text: string, place: Place): YamlField | undefined {
  const key = firstName(pair.key);
  if (key === undefined) return undefined;
  const keyPosition = place(pair.key.range[0], pair.key.range[1]);
  // `a.b = 1` sets a table `a`: a mapping, like YAML's nested keys.
  if (pair.key.keys.length > 1) {
    return {key, value: {}, scalar: false, keyPosition, valuePosition: place(pair.range[0], pair.range[1]), itemPositions: []};
  }
  const value = pair.value;
  return {
    key,
    value: plainValue(value, text),
    scalar: value.type === 'TOMLValue',
    keyPosition,
    valuePosition: place(value.range[0], value.range[1]),
    itemPositions: value.type === 'TOMLArray' ? value.elements.map((element) => place(element.range[0], element.range[1])) : []
  };
}

/**
 * Read a TOML block (front matter between `+++` lines) into the same shape
 * as a YAML mapping, keeping the position of every top-level key and value
 * so problems point at what the writer wrote. Tables (`[extra]`) are keys
 * whose value is a mapping.
 */
export function readTomlMapping(text: string, start: Point, ruleId: string): YamlMapping {
  const place = createPositionMapper(text, start);
  const whole = place(0, text.length);
  const problems: Problem[] = [];
  const fields = new Map<string, YamlField>();
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const reason = error.message.replace(/\.$/, '');
    const lowered = reason.charAt(0).toLowerCase() + reason.slice(1);
    problems.push({ruleId, reason: `Unexpected malformed TOML: ${lowered}, expected valid TOML`, position: place(...errorRange(text, error.index))});
    return {fields, problems, position: whole};
  }
  const values = (getStaticTOMLValue(program) ?? {}) as Record<string, unknown>;
  for (const item of program.body[0]?.body ?? []) {
    if (item.type === 'TOMLKeyValue') {
      const field = readPair(item, text, place);
      // A dotted key's table gathers every line that adds to it: take its value from the whole.
      if (field && !fields.has(field.key)) fields.set(field.key, item.key.keys.length > 1 ? {...field, value: values[field.key] ?? {}} : field);
      continue;
    }
    const key = firstName(item.key);
    if (key === undefined || fields.has(key)) continue;
    const keyPosition = place(item.key.range[0], item.key.range[1]);
    fields.set(key, {key, value: values[key] ?? {}, scalar: false, keyPosition, valuePosition: keyPosition, itemPositions: []});
  }
  return {fields, problems, position: whole};
}
