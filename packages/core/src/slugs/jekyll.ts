import type {Nodes} from 'mdast';
import {gatherText} from './heading-text.js';
import type {HeadingIdRule} from './rule.js';

const nonWord = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
// kramdown turns these into dashes, an ellipsis and guillemets, which the id
// then drops; `<< ` and ` >>` take their space along (as a no-break space).
const typographicSymbols = /---|--|\.\.\.|<< | >>|<<|>>/g;

function valueOf(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(typographicSymbols, '');
  return 'value' in node ? node.value : '';
}

/**
 * Jekyll's default (kramdown with GFM input, as GitHub Pages runs it): the
 * GFM parser slugs the text kramdown parsed (text and code spans, inside
 * links, emphasis and inline HTML; not image alt or footnote marks, with
 * `--` and `...` already typographic), downcased, everything but word
 * characters, `-`, spaces and tabs dropped, each space or tab a `-`. A
 * repeat gets `-1`, `-2`, … by a count per slug, without looking at the
 * ids already taken: `a`, `a`, `a-1` gives `a-1` twice, which the page
 * then really has. Explicit ids take no part.
 */
export const jekyllRule: HeadingIdRule = {
  textOf: (heading) =>
    gatherText(
      heading,
      (node) => {
        if (node.type === 'text' || node.type === 'inlineCode') return 'keep';
        if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') return 'skip';
        return 'descend';
      },
      valueOf
    ),
  slug: (text) => text.toLowerCase().replace(nonWord, '').replace(/[ \t]/g, '-'),
  createTracker() {
    const counts = new Map<string, number>();
    return {
      automatic(slug) {
        const count = counts.get(slug) ?? 0;
        counts.set(slug, count + 1);
        return count === 0 ? slug : `${slug}-${count}`;
      },
      explicit() {}
    };
  }
};
