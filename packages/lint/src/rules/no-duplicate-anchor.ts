import type {Anchor, AnchorKind} from '@folio/core';
import {causeAt, createRule} from '../create-rule.js';

const kindNames: Record<AnchorKind, string> = {
  heading: 'a heading',
  alias: 'a heading’s older id',
  html: 'raw HTML',
  'footnote-definition': 'a footnote',
  'footnote-reference': 'a footnote reference'
};

/** Report an id that two elements of one page carry (headings, `{#id}`s, raw HTML, footnotes). */
export const remarkLintNoDuplicateAnchor = createRule('no-duplicate-anchor', (_, file) => {
  const anchors = file.data.folioFacts?.anchors ?? [];
  const first = new Map<string, Anchor>();
  for (const anchor of anchors) {
    const earlier = first.get(anchor.id);
    if (!earlier) {
      first.set(anchor.id, anchor);
      continue;
    }
    file.message(
      `Unexpected duplicate anchor \`#${anchor.id}\` on ${kindNames[anchor.kind]}, expected a unique id; ${kindNames[earlier.kind]} has it first`,
      {
        cause: causeAt('no-duplicate-anchor', `First \`#${anchor.id}\` here, on ${kindNames[earlier.kind]}`, earlier.position),
        place: anchor.position
      }
    );
  }
});
