import {createRule} from '../create-rule.js';
import {collectFootnotes, findUndefinedCalls} from '../footnotes.js';
import {near} from '../suggest.js';

/** Report a footnote call (`[^x]`) that no definition (`[^x]: …`) answers. */
export const remarkLintNoUndefinedFootnote = createRule('no-undefined-footnote', (tree, file) => {
  const {definitions} = collectFootnotes(tree);
  const labels = [...definitions.values()].map((nodes) => nodes[0]?.label ?? nodes[0]?.identifier ?? '');
  for (const call of findUndefinedCalls(tree, file, new Set(definitions.keys()))) {
    const suggestion = near(call.label, labels);
    const message = file.message(
      `Unexpected footnote reference \`[^${call.label}]\` without a definition, expected a definition \`[^${call.label}]: …\`` +
        (suggestion === undefined ? '' : `; did you mean \`[^${suggestion}]\`?`),
      {place: call.position}
    );
    // The message covers the reference exactly, so the fix is the corrected reference.
    if (suggestion !== undefined && call.position) message.expected = [`[^${suggestion}]`];
  }
});
