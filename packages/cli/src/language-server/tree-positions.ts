import {skipChildren, walkTree} from '@folio/core';
import type {Nodes} from 'mdast';
import type {Node, Point} from 'unist';

/** A deep copy of plain data (objects, arrays, primitives), such as a parsed tree; a keystroke makes one, so no entry arrays. */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = clonePlain(value[index]);
    return copy as T;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key in source) copy[key] = clonePlain(source[key]);
  return copy as T;
}

function movePoint(point: Point, lines: number, offset: number): void {
  point.line += lines;
  if (point.offset !== undefined) point.offset += offset;
}

/** Keys that hold a place in the source: a node's own, and where a heading's `{#id}` is (section ids). */
const positionKeys: ReadonlySet<string> = new Set(['position', 'explicitIdPosition']);

function movePosition(position: Node['position'], lines: number, offset: number): void {
  if (!position) return;
  movePoint(position.start, lines, offset);
  movePoint(position.end, lines, offset);
}

/** Move `node` and everything in it `lines` lines and `offset` characters down, in place; columns stay. */
export function shiftPositions(node: Nodes, lines: number, offset: number): void {
  walkTree(node, (inner) => {
    movePosition(inner.position, lines, offset);
    if (inner.type === 'heading') movePosition(inner.data?.explicitIdPosition, lines, offset);
  });
}

function equalPoint(after: Point, before: Point, lines: number, offset: number): boolean {
  return after.line === before.line + lines && after.column === before.column && after.offset === (before.offset === undefined ? undefined : before.offset + offset);
}

/**
 * Whether `after` is `before` moved `lines` lines and `offset` characters
 * down: the same data everywhere, every position moved by that much.
 */
export function equalShifted(after: unknown, before: unknown, lines: number, offset: number): boolean {
  if (typeof after !== 'object' || after === null || typeof before !== 'object' || before === null) return after === before;
  if (Array.isArray(after) || Array.isArray(before)) {
    if (!Array.isArray(after) || !Array.isArray(before) || after.length !== before.length) return false;
    return after.every((item: unknown, index) => equalShifted(item, before[index], lines, offset));
  }
  const left = after as Record<string, unknown>;
  const right = before as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(right, key)) return false;
    if (positionKeys.has(key)) {
      const a = left[key] as Node['position'];
      const b = right[key] as Node['position'];
      if (!a || !b) {
        if (a !== b) return false;
      } else if (!equalPoint(a.start, b.start, lines, offset) || !equalPoint(a.end, b.end, lines, offset)) return false;
    } else if (!equalShifted(left[key], right[key], lines, offset)) return false;
  }
  return true;
}

/** Whether `node` or anything in it is of one of `types`. */
export function containsType(node: Nodes, types: ReadonlySet<string>): boolean {
  let found = false;
  walkTree(node, (inner) => {
    found ||= types.has(inner.type);
    return found ? skipChildren : undefined;
  });
  return found;
}
