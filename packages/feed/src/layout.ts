import type {Element} from 'xast';
import {x, type Attributes} from 'xastscript';

/**
 * An element whose element children each start on a line of their own,
 * indented two spaces per `depth`, so the feed reads and diffs well. Only
 * used for element-only content, where whitespace carries no meaning.
 */
export function block(name: string, attributes: Attributes, children: ReadonlyArray<Element | undefined>, depth: number): Element {
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const content = children.flatMap((child) => (child ? [inner, child] : []));
  return x(name, attributes, ...content, `\n${'  '.repeat(depth)}`);
}
