import type {Html, Root} from 'mdast';
import {commentMarker} from 'mdast-comment-marker';
import {visit} from 'unist-util-visit';

const keywords = ['disable', 'enable', 'ignore'];

/** A `<!-- lint … -->` comment whose keyword the control cannot apply, and why. */
export interface UnknownLintKeyword {
  node: Html;
  reason: string;
}

/**
 * The lint comments without a keyword the control knows: it would throw on
 * the first, leaving every later comment unapplied.
 */
export function unknownLintKeywords(tree: Root): UnknownLintKeyword[] {
  const found: UnknownLintKeyword[] = [];
  visit(tree, 'html', (node) => {
    const marker = commentMarker(node);
    if (marker?.name !== 'lint') return;
    const keyword = marker.attributes.trim().split(/\s+/)[0] ?? '';
    if (keywords.includes(keyword)) return;
    const expected = 'expected `disable`, `enable` or `ignore`, then the rule ids (none for every rule)';
    const reason = keyword === '' ? `Unexpected lint comment without a keyword, ${expected}` : `Unexpected keyword \`${keyword}\` in a lint comment, ${expected}`;
    found.push({node, reason});
  });
  return found;
}
