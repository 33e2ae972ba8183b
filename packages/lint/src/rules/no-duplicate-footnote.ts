import type {FootnoteDefinition} from 'mdast';
import {walkTree} from '@folio/core';
import {causeAt, createRule} from '../create-rule.js';
import {noteName} from '../footnotes.js';

/** Report a second definition of a footnote label: only the first renders. */
export const remarkLintNoDuplicateFootnote = createRule('no-duplicate-footnote', (tree, file) => {
  const first = new Map<string, FootnoteDefinition>();
  walkTree(tree, (node) => {
    if (node.type !== 'footnoteDefinition') return;
    const earlier = first.get(node.identifier);
    if (!earlier) {
      first.set(node.identifier, node);
      return;
    }
    const at = earlier.position ? `; the first, which renders, is at ${earlier.position.start.line}:${earlier.position.start.column}` : '';
    file.message(`Unexpected duplicate footnote definition \`${noteName(node)}\`, expected one definition per label${at}`, {
      ancestors: [node],
      cause: causeAt('no-duplicate-footnote', `First definition of \`${noteName(earlier)}\` here`, earlier.position),
      place: node.position
    });
  });
});
