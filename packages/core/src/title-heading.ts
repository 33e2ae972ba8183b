import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';

/**
 * The text of the first top-level `#` heading, which names a post or page
 * that has no `title` in its front matter (VuePress does the same).
 * Undefined when there is none or its text is blank.
 */
export function firstTitleHeading(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 1) continue;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  }
  return undefined;
}
