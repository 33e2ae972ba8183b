import type {Element, Nodes} from 'hast';

/**
 * Call `visitor` on every element of `tree`, parents before children, in
 * document order; children are read after the visitor, so what it puts in
 * is visited too, unless it returns true to leave them out. Iterative,
 * without the ancestor lists `unist-util-visit` keeps for every node.
 */
export function eachElement(tree: Nodes, visitor: (element: Element) => boolean): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'element' && visitor(node)) continue;
    if (!('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
}
