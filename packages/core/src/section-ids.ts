import type {Heading, Root, Text} from 'mdast';
import type {Plugin} from 'unified';
import {toString} from 'mdast-util-to-string';
import type {Point, Position} from 'unist';
import {walkTree} from './walk-tree.js';
import {findExplicitId} from './explicit-id.js';
import {slug} from './slug.js';
import './mdast-data.js';
// Types `data.hProperties`, which remark-rehype copies onto the element.
import type {} from 'mdast-util-to-hast';

/**
 * Where `{#…}` is in the source. Counted back from the end of the text node:
 * escapes and character references before it make the text shorter than the
 * source, but an id and the blanks after it read the same in both.
 */
function placeFromEnd(end: Point, fromEnd: number): Point {
  return {line: end.line, column: end.column - fromEnd, ...(end.offset === undefined ? {} : {offset: end.offset - fromEnd})};
}

function explicitIdOf(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const found = findExplicitId(last.value);
  if (!found) return;
  const text: Text = last;
  const data = (heading.data ??= {});
  data.id = found.id;
  data.explicitId = true;
  if (found.aliases.length > 0) data.idAliases = found.aliases;
  if (text.position) {
    const after = text.value.length - found.end;
    const position: Position = {
      start: placeFromEnd(text.position.end, after + found.end - found.index),
      end: placeFromEnd(text.position.end, after)
    };
    data.explicitIdPosition = position;
  }
  text.value = text.value.slice(0, found.index).replace(/[ \t]+$/, '');
  if (text.value === '') heading.children.pop();
}

/**
 * Give every heading its id, in the tree both the checks and the HTML read:
 * an explicit trailing `{#id}` wins (and is removed from the text), otherwise
 * the slug of the heading's text. Duplicates are left for a rule to report.
 */
export function sectionIds(tree: Root): void {
  walkTree(tree, (heading) => {
    if (heading.type !== 'heading') return;
    explicitIdOf(heading);
    const data = (heading.data ??= {});
    data.id ??= slug(toString(heading, {includeHtml: false}));
    data.hProperties = {...data.hProperties, id: data.id};
  });
}

/** The same as a unified plugin. */
export const remarkSectionIds: Plugin<[], Root> = function () {
  return sectionIds;
};
