import type {FootnoteDefinition, FootnoteReference, Root} from 'mdast';
import {visit} from 'unist-util-visit';

/** Which footnotes a page renders, decided the way core's `collectAnchors` decides. */
export interface FootnotePlan {
  /** Per identifier, the definition that renders: the first, if anything references it. In document order. */
  definitions: Map<string, FootnoteDefinition>;
  /** Per reference, which reference to its note it is (1-based), counted in document order. */
  occurrences: Map<FootnoteReference, number>;
}

/** Decide, before rendering, which definitions show and what each reference's id counts. */
export function planFootnotes(tree: Root): FootnotePlan {
  const occurrences = new Map<FootnoteReference, number>();
  const counts = new Map<string, number>();
  visit(tree, 'footnoteReference', (node) => {
    const count = (counts.get(node.identifier) ?? 0) + 1;
    counts.set(node.identifier, count);
    occurrences.set(node, count);
  });
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node) => {
    if (counts.has(node.identifier) && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return {definitions, occurrences};
}
