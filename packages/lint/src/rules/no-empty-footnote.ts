import {causeAt, createRule} from '../create-rule.js';
import {collectFootnotes, noteName} from '../footnotes.js';

/** Report a footnote definition without content: its call would lead nowhere. */
export const remarkLintNoEmptyFootnote = createRule('no-empty-footnote', (tree, file) => {
  const {definitions, references} = collectFootnotes(tree);
  for (const [identifier, nodes] of definitions) {
    for (const node of nodes) {
      if (node.children.length > 0) continue;
      const call = references.get(identifier)?.[0];
      file.message(`Unexpected empty footnote definition \`${noteName(node)}\`, expected the note’s text after \`${noteName(node)}:\``, {
        ancestors: [node],
        ...(call ? {cause: causeAt('no-empty-footnote', `Footnote \`${noteName(node)}\` referenced here`, call.position)} : {}),
        place: node.position
      });
    }
  }
});
