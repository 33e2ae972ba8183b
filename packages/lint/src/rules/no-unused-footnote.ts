import {createRule} from '../create-rule.js';
import {collectFootnotes, noteName} from '../footnotes.js';

/** Report a footnote definition that no call (`[^x]`) uses: it would not render. */
export const remarkLintNoUnusedFootnote = createRule('no-unused-footnote', (tree, file) => {
  const {definitions, references} = collectFootnotes(tree);
  for (const [identifier, nodes] of definitions) {
    const first = nodes[0];
    if (!first || references.has(identifier)) continue;
    file.message(`Unexpected unused footnote definition \`${noteName(first)}\`, expected a reference \`${noteName(first)}\` in the text`, {
      ancestors: [first],
      place: first.position
    });
  }
});
