import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast';
import {skipChildren, walkTree} from './walk-tree.js';

/**
 * Which footnotes a page renders, decided once for both the anchors the
 * checks see and the HTML. A definition renders when it is the first for its
 * label and something rendered calls it: the body, or a note that renders.
 */
export interface FootnotePlan {
  /** Per identifier, the definition that renders, in document order. */
  definitions: Map<string, FootnoteDefinition>;
  /** Per rendered reference, which call of its note it is (1-based), in document order. */
  occurrences: Map<FootnoteReference, number>;
}

function referencesIn(node: Nodes): string[] {
  const found: string[] = [];
  walkTree(node, (child) => {
    // Notes nested in notes are decided on their own.
    if (child !== node && child.type === 'footnoteDefinition') return skipChildren;
    if (child.type === 'footnoteReference') found.push(child.identifier);
    return undefined;
  });
  return found;
}

export function planFootnotes(tree: Root): FootnotePlan {
  const first = new Map<string, FootnoteDefinition>();
  walkTree(tree, (node) => {
    if (node.type === 'footnoteDefinition' && !first.has(node.identifier)) first.set(node.identifier, node);
  });
  const rendered = new Set<string>();
  const queue = referencesIn(tree);
  while (queue.length > 0) {
    const identifier = queue.shift() ?? '';
    const definition = first.get(identifier);
    if (rendered.has(identifier) || !definition) continue;
    rendered.add(identifier);
    queue.push(...referencesIn(definition));
  }

  const definitions = new Map<string, FootnoteDefinition>();
  const occurrences = new Map<FootnoteReference, number>();
  const counts = new Map<string, number>();
  walkTree(tree, (node) => {
    if (node.type === 'footnoteDefinition') {
      if (first.get(node.identifier) !== node || !rendered.has(node.identifier)) return skipChildren;
      definitions.set(node.identifier, node);
    }
    if (node.type === 'footnoteReference') {
      const count = (counts.get(node.identifier) ?? 0) + 1;
      counts.set(node.identifier, count);
      occurrences.set(node, count);
    }
    return undefined;
  });
  return {definitions, occurrences};
}
