import type {Point, Position} from 'unist';

/**
 * A value read from YAML, TOML or JSON with where it was written: what the
 * schemas check, so a problem points at the offending value or key.
 */
export type SourceNode = SourceMap | SourceList | SourceScalar;

export interface SourceEntry {
  key: string;
  /** False for a key that is not a plain name (`1:`, `true:`, `[a]:`). */
  named: boolean;
  keyPosition: Position;
  value: SourceNode;
}

export interface SourceMap {
  kind: 'map';
  entries: Map<string, SourceEntry>;
  position: Position;
}

export interface SourceList {
  kind: 'list';
  items: SourceNode[];
  position: Position;
}

export interface SourceScalar {
  kind: 'scalar';
  /** A string, number, boolean or null; TOML dates as the text written. */
  value: unknown;
  position: Position;
  /** Where the text of a one-line value starts (after an opening quote), to point inside it. */
  textStart?: Point;
}

/** A parsed document: its root (absent when empty), or the first syntax problem. */
export interface SourceDocument {
  root?: SourceNode;
  /** The whole text, for a problem about the document as a whole. */
  position: Position;
  syntaxError?: {reason: string; position: Position};
}

/** The plain JS value of a node, as the schemas read it. */
export function plainValue(node: SourceNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(plainValue);
  const value: Record<string, unknown> = {};
  for (const entry of node.entries.values()) {
    // Defined, not assigned: a key `__proto__` is the writer's, not the object's prototype.
    Object.defineProperty(value, entry.key, {value: plainValue(entry.value), enumerable: true, writable: true, configurable: true});
  }
  return value;
}

/** The node at `path` (keys and list indexes), if it was written. */
export function nodeAt(root: SourceNode | undefined, path: ReadonlyArray<string | number>): SourceNode | undefined {
  let node = root;
  for (const key of path) {
    if (node?.kind === 'map' && typeof key === 'string') node = node.entries.get(key)?.value;
    else if (node?.kind === 'list' && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return node;
}

/** An empty value (`key:` with nothing after it, `~`, `null`). */
export function isEmptyNode(node: SourceNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && node.value === null);
}
