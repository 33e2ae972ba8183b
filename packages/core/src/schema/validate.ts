import type {Point, Position} from 'unist';
import * as v from 'valibot';
import type {Problem} from '../types.js';
import {parseJsonSource} from './from-json.js';
import {parseYamlSource} from './from-yaml.js';
import {isEmptyNode, plainValue, type SourceEntry, type SourceNode} from './source-node.js';

/** What a schema made of a document: the value when nothing is wrong, else the problems. */
export interface Validated<T> {
  value?: T;
  problems: Problem[];
}

type Issue = v.BaseIssue<unknown>;
type PathItem = v.IssuePathItem;

/** The key of a path item that points inside a one-line text value: characters `from` to `to`. */
interface TextRange {
  inText: [number, number];
}

function isTextRange(key: unknown): key is TextRange {
  return typeof key === 'object' && key !== null && 'inText' in key;
}

/** A path for `addIssue` in a raw check: the keys and list indexes below the value checked. */
export function pathTo(...keys: Array<string | number>): [PathItem, ...PathItem[]] {
  const items = keys.map((key): PathItem => ({type: 'unknown', origin: 'value', input: undefined, key, value: undefined}));
  return items as [PathItem, ...PathItem[]];
}

/** A path for `addIssue` that points at characters of the text value checked, such as a bad token. */
export function pathInText(from: number, length: number): [PathItem] {
  return [{type: 'unknown', origin: 'value', input: undefined, key: {inText: [from, from + length]} satisfies TextRange, value: undefined}];
}

/**
 * A union's own issue says only that no option fitted; when an option got
 * further into the value (its issues lie deeper), those say what is wrong.
 */
function flatten(issue: Issue, prefix: PathItem[]): Array<{issue: Issue; path: PathItem[]}> {
  const path = [...prefix, ...(issue.path ?? [])];
  const deeper = issue.type === 'union' ? (issue.issues ?? []).filter((sub) => (sub.path?.length ?? 0) > 0) : [];
  if (deeper.length === 0) return [{issue, path}];
  return deeper.flatMap((sub) => flatten(sub, path));
}

function inside(node: SourceNode | undefined, range: [number, number]): Position | undefined {
  const start = node?.kind === 'scalar' ? node.textStart : undefined;
  if (!start || !node) return node?.position;
  const at = (index: number): Point => ({line: start.line, column: start.column + index, ...(start.offset === undefined ? {} : {offset: start.offset + index})});
  return {start: at(range[0]), end: at(range[1])};
}

/**
 * Where an issue's path was written: the value (or the key, for a key's
 * issue or an empty value); for what is missing, the nearest thing written
 * around it, the whole document at worst.
 */
function positionOf(root: SourceNode | undefined, whole: Position, path: PathItem[]): Position {
  let node = root;
  let entry: SourceEntry | undefined;
  for (const item of path) {
    if (isTextRange(item.key)) return inside(node, item.key.inText) ?? whole;
    const next = node?.kind === 'map' && typeof item.key === 'string' ? node.entries.get(item.key) : undefined;
    if (next) {
      if (item.origin === 'key') return next.keyPosition;
      entry = next;
      node = next.value;
      continue;
    }
    const listItem = node?.kind === 'list' && typeof item.key === 'number' ? node.items[item.key] : undefined;
    if (!listItem) break;
    entry = undefined;
    node = listItem;
  }
  if (entry && isEmptyNode(node)) return entry.keyPosition;
  return node?.position ?? whole;
}

function compare(a: Point | undefined, b: Point | undefined): number {
  return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
}

/** By where problems start, then the narrower first (a key before the block it is in). */
function byPlace(a: Problem, b: Problem): number {
  return compare(a.position?.start, b.position?.start) || compare(a.position?.end, b.position?.end);
}

/**
 * The one validator: check `input` against `schema`; each issue becomes a
 * problem at the place its path leads to in the source nodes, which
 * `locate` reads only when there is a problem to place.
 */
export function validateValue<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  locate: () => {root?: SourceNode; position: Position},
  ruleId: string
): Validated<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return {value: result.output, problems: []};
  const {root, position} = locate();
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const {issue, path} of result.issues.flatMap((issue) => flatten(issue, []))) {
    const problem: Problem = {ruleId, reason: issue.message, position: positionOf(root, position, path)};
    const key = JSON.stringify([problem.reason, problem.position]);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  // By place, as a reader goes through the file; a stable sort keeps the schema's order within a place.
  return {problems: problems.sort(byPlace)};
}

/** Validate source nodes already read (front matter's YAML or TOML). */
export function validateNode<S extends v.GenericSchema>(schema: S, root: SourceNode | undefined, position: Position, ruleId: string): Validated<v.InferOutput<S>> {
  return validateValue(schema, plainValue(root) ?? {}, () => ({...(root ? {root} : {}), position}), ruleId);
}

export interface YamlOptions {
  /** The rule id problems carry. */
  ruleId: string;
  /** Where the text starts in its file; default 1:1. */
  start?: Point;
}

/** Parse YAML text and validate it; malformed YAML is one problem where it breaks. */
export function validateYaml<S extends v.GenericSchema>(schema: S, text: string, options: YamlOptions): Validated<v.InferOutput<S>> {
  const document = parseYamlSource(text, options.start ?? {line: 1, column: 1, offset: 0});
  if (document.syntaxError) return {problems: [{ruleId: options.ruleId, ...document.syntaxError}]};
  return validateNode(schema, document.root, document.position, options.ruleId);
}

export interface JsonOptions {
  ruleId: string;
  /** What the file should be, for the message about malformed JSON: `the manifest the build writes`. */
  expected: string;
}

/**
 * Parse JSON text and validate it. `JSON.parse` reads it; the positions
 * are read only for a text with a problem.
 */
export function validateJson<S extends v.GenericSchema>(schema: S, text: string, options: JsonOptions): Validated<v.InferOutput<S>> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const source = parseJsonSource(text);
    const position = source.errorAt ?? {start: source.position.start, end: source.position.start};
    return {problems: [{ruleId: options.ruleId, reason: `Unexpected malformed JSON (${(error as Error).message}), expected ${options.expected}`, position}]};
  }
  return validateValue(schema, input, () => parseJsonSource(text), options.ruleId);
}

/** A path for `addIssue` that points at a key itself, not its value. */
export function pathToKey(...keys: [string, ...string[]]): [PathItem, ...PathItem[]] {
  const path = pathTo(...keys);
  const last = path.pop();
  return [...path, {...(last as PathItem), origin: 'key'}] as [PathItem, ...PathItem[]];
}
