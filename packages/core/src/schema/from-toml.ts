import type {Point, Position} from 'unist';
import {getStaticTOMLValue, ParseError, parseTOML, type AST} from 'toml-eslint-parser';
import {createPositionMapper} from '../source-position.js';
import type {SourceDocument, SourceEntry, SourceList, SourceMap, SourceNode} from './source-node.js';

type Place = (from: number, to: number) => Position;

function nameOf(part: AST.TOMLBare | AST.TOMLQuoted): string {
  return part.type === 'TOMLBare' ? part.name : part.value;
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

class TreeBuilder {
  constructor(
    private readonly text: string,
    private readonly place: Place
  ) {}

  value(node: AST.TOMLContentNode): SourceNode {
    const position = this.place(node.range[0], node.range[1]);
    if (node.type === 'TOMLArray') return {kind: 'list', items: node.elements.map((element) => this.value(element)), position};
    if (node.type === 'TOMLInlineTable') {
      const map: SourceMap = {kind: 'map', entries: new Map(), position};
      for (const pair of node.body) this.assign(map, pair);
      return map;
    }
    return {kind: 'scalar', value: this.scalar(node), position, ...this.textStart(node, position)};
  }

  /**
   * Dates and times as the text the writer wrote (the date parser reads them
   * in the site's time zone, as it does YAML's), everything else as plain JS.
   */
  private scalar(node: AST.TOMLValue): unknown {
    if (node.kind !== 'string' && node.kind !== 'integer' && node.kind !== 'float' && node.kind !== 'boolean') {
      return this.text.slice(node.range[0], node.range[1]);
    }
    const value: unknown = getStaticTOMLValue(node);
    // 64-bit integers come back as bigints when they exceed a double.
    return typeof value === 'bigint' ? Number(value) : value;
  }

  private textStart(node: AST.TOMLValue, position: Position): {textStart?: Point} {
    if (node.kind !== 'string' || position.start.line !== position.end.line) return {};
    const opening = /^(?:"""|'''|"|')/.exec(this.text.slice(node.range[0]))?.[0].length ?? 0;
    const {start} = position;
    return {textStart: {line: start.line, column: start.column + opening, ...(start.offset === undefined ? {} : {offset: start.offset + opening})}};
  }

  /** The mapping under `name` in `map`, made when absent; the last table of an array of tables. */
  private child(map: SourceMap, part: AST.TOMLBare | AST.TOMLQuoted, position: Position): SourceMap {
    const key = nameOf(part);
    const entry = map.entries.get(key);
    const value = entry?.value.kind === 'list' ? entry.value.items.at(-1) : entry?.value;
    if (value?.kind === 'map') return value;
    const made: SourceMap = {kind: 'map', entries: new Map(), position};
    // The parser refuses a key redefined as another type, so this only makes new tables.
    map.entries.set(key, {key, named: true, keyPosition: this.place(part.range[0], part.range[1]), value: made});
    return made;
  }

  /** Set `a.b.c = value` in `map`, making the tables on the way. */
  assign(map: SourceMap, pair: AST.TOMLKeyValue): void {
    const parts = pair.key.keys;
    const last = parts.at(-1);
    if (!last) return;
    let target = map;
    // `a.b = 1` makes a table `a` that stands where it was first written.
    for (const part of parts.slice(0, -1)) target = this.child(target, part, this.place(pair.range[0], pair.range[1]));
    const key = nameOf(last);
    if (target.entries.has(key)) return;
    const keyRange = parts.length > 1 ? pair.key.range : last.range;
    target.entries.set(key, {key, named: true, keyPosition: this.place(keyRange[0], keyRange[1]), value: this.value(pair.value)});
  }

  /** A `[table]` or `[[array.of.tables]]` header and its keys. */
  table(root: SourceMap, table: AST.TOMLTable): void {
    const parts = table.key.keys;
    const last = parts.at(-1);
    if (!last) return;
    const header = this.place(table.key.range[0], table.key.range[1]);
    let target = root;
    for (const part of parts.slice(0, -1)) target = this.child(target, part, header);
    let map: SourceMap;
    if (table.kind === 'array') {
      const key = nameOf(last);
      let list = target.entries.get(key)?.value;
      if (list?.kind !== 'list') {
        const made: SourceList = {kind: 'list', items: [], position: header};
        target.entries.set(key, {key, named: true, keyPosition: this.place(last.range[0], last.range[1]), value: made});
        list = made;
      }
      map = {kind: 'map', entries: new Map(), position: this.place(table.range[0], table.range[1])};
      list.items.push(map);
    } else {
      map = this.child(target, last, header);
    }
    for (const pair of table.body) this.assign(map, pair);
  }
}

/**
 * Parse TOML (front matter between `+++` lines) into source nodes, keeping
 * where every key and value was written. Tables (`[extra]`) and dotted keys
 * (`a.b = 1`) are mappings, as YAML's nested keys are.
 */
export function parseTomlSource(text: string, start: Point): SourceDocument {
  const place = createPositionMapper(text, start);
  const position = place(0, text.length);
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const reason = error.message.replace(/\.$/, '');
    const lowered = reason.charAt(0).toLowerCase() + reason.slice(1);
    return {position, syntaxError: {reason: `Unexpected malformed TOML: ${lowered}, expected valid TOML`, position: place(...errorRange(text, error.index))}};
  }
  const builder = new TreeBuilder(text, place);
  const root: SourceMap = {kind: 'map', entries: new Map<string, SourceEntry>(), position};
  for (const item of program.body[0]?.body ?? []) {
    if (item.type === 'TOMLKeyValue') builder.assign(root, item);
    else builder.table(root, item);
  }
  return {position, root};
}
