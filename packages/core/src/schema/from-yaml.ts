import type {Point, Position} from 'unist';
import {isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode} from 'yaml';
import {createPositionMapper} from '../source-position.js';
import type {SourceDocument, SourceEntry, SourceNode} from './source-node.js';

type Place = (from: number, to: number) => Position;

// Aliases may repeat a collection many times over (`*a` of `*b` of …); past
// this many nodes per character the document is an attack, not a config.
const nodesPerCharacter = 4;

function rangeOf(node: YamlNode | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

function malformed(reason: string, position: Position): NonNullable<SourceDocument['syntaxError']> {
  return {reason: `Unexpected malformed YAML: ${reason}, expected valid YAML`, position};
}

class TreeBuilder {
  private budget: number;

  constructor(
    private readonly text: string,
    private readonly document: Document.Parsed,
    private readonly place: Place
  ) {
    this.budget = nodesPerCharacter * text.length + 100;
  }

  get exhausted(): boolean {
    return this.budget < 0;
  }

  build(node: unknown, at: [number, number], resolving: Set<unknown> = new Set()): SourceNode {
    this.budget--;
    const range = rangeOf(node as YamlNode) ?? at;
    const position = this.place(range[0], range[1]);
    if (this.budget < 0) return {kind: 'scalar', value: null, position};
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      // An alias inside its own anchor would never end.
      if (!target || resolving.has(target)) return {kind: 'scalar', value: null, position};
      const built = this.build(target, range, new Set([...resolving, target]));
      // Written here, but its text is at the anchor: nothing to point inside.
      if (built.kind === 'scalar') return {kind: 'scalar', value: built.value, position};
      return {...built, position};
    }
    if (isMap(node)) {
      const entries = new Map<string, SourceEntry>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyRange = rangeOf(keyNode) ?? range;
        const named = isScalar(keyNode) && typeof keyNode.value === 'string';
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        if (entries.has(key)) continue;
        entries.set(key, {key, named, keyPosition: this.place(keyRange[0], keyRange[1]), value: this.build(pair.value, [keyRange[1], keyRange[1]], resolving)});
      }
      return {kind: 'map', entries, position};
    }
    if (isSeq(node)) {
      return {kind: 'list', items: node.items.map((item) => this.build(item, range, resolving)), position};
    }
    const value: unknown = isScalar(node) ? node.value : null;
    const plain = value === null || ['string', 'number', 'boolean'].includes(typeof value) ? value : String(value);
    return {kind: 'scalar', value: plain, position, ...this.textStart(range, position)};
  }

  /** Where the characters of a one-line scalar start, after its quote. */
  private textStart(range: [number, number], position: Position): {textStart?: Point} {
    const {start, end} = position;
    if (start.line !== end.line) return {};
    const quote = this.text[range[0]] === '"' || this.text[range[0]] === "'" ? 1 : 0;
    return {textStart: {line: start.line, column: start.column + quote, ...(start.offset === undefined ? {} : {offset: start.offset + quote})}};
  }
}

/**
 * Parse YAML (or JSON, which YAML reads too) into source nodes, keeping
 * where every key and value was written. `start` is where the text's first
 * character is in its file (front matter starts below its `---`).
 */
export function parseYamlSource(text: string, start: Point): SourceDocument {
  const place = createPositionMapper(text, start);
  const position = place(0, text.length);
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true, strict: true});
  // The first error only: the ones after it mostly follow from it.
  const error = document.errors[0];
  if (error) {
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    return {position, syntaxError: malformed(reason, place(error.pos[0], error.pos[1]))};
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {position};
  const builder = new TreeBuilder(text, document, place);
  const root = builder.build(contents, [0, text.length]);
  if (builder.exhausted) {
    return {position, syntaxError: malformed('Excessive alias count indicates a resource exhaustion attack', position)};
  }
  // The root stands for the whole text: a key missing from it is missing from the file.
  return {position, root: {...root, position}};
}
