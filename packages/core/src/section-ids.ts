import type {Heading, Root, Text} from 'mdast';
import type {Plugin} from 'unified';
import type {Point, Position} from 'unist';
import {walkTree} from './walk-tree.js';
import {findExplicitId} from './explicit-id.js';
import {headingIdRule} from './slugs/choose.js';
import type {HeadingIdProfile} from './slugs/rule.js';
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

/**
 * Whether `{#…}` is written as it reads: `{#a&#125;` or `\{#a}` read as
 * `{#a}` but are text, as Zola and the writer mean them.
 */
function writtenAsIs(text: Text, from: number, source: string | undefined): boolean {
  const end = text.position?.end.offset;
  // Without the text the tree was parsed from, trust the tree.
  if (source === undefined || end === undefined || end > source.length) return true;
  const literal = text.value.slice(from);
  const start = end - literal.length;
  return source.slice(start, end) === literal && source[start - 1] !== '\\';
}

function explicitIdOf(heading: Heading, source: string | undefined): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const found = findExplicitId(last.value);
  if (!found || !writtenAsIs(last, found.index, source)) return;
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

export interface SectionIdsOptions {
  /** Whose automatic ids the site keeps (`headingIds` in `site.yaml`); default `github`. */
  headingIds?: HeadingIdProfile;
  /** The file's text, for engines that slug a heading's Markdown source. */
  source?: string;
}

/**
 * Give every heading its id, in the tree both the checks and the HTML read:
 * an explicit trailing `{#id}` wins (and is removed from the text), otherwise
 * the engine's automatic id, repeats told apart as that engine does. One
 * tracker per call, so one page's ids never leak into another's. Running it
 * again (with another profile) recomputes the automatic ids only.
 * Duplicates that remain are left for a rule to report.
 */
export function sectionIds(tree: Root, options: SectionIdsOptions = {}): void {
  const rule = headingIdRule(options.headingIds);
  const headings: Heading[] = [];
  walkTree(tree, (node) => {
    if (node.type !== 'heading') return;
    if (node.data?.explicitId !== true) explicitIdOf(node, options.source);
    headings.push(node);
  });
  const explicitIds = headings.flatMap((heading) => (heading.data?.explicitId === true && heading.data.id !== undefined ? [heading.data.id] : []));
  const tracker = rule.createTracker(explicitIds);
  for (const heading of headings) {
    const data = (heading.data ??= {});
    if (data.explicitId === true && data.id !== undefined) tracker.explicit(data.id);
    else {
      data.textSlug = rule.slug(rule.textOf(heading, options.source));
      data.id = tracker.automatic(data.textSlug);
    }
    data.hProperties = {...data.hProperties, id: data.id};
  }
}

/** The same as a unified plugin; the file's text is the source. */
export const remarkSectionIds: Plugin<[SectionIdsOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    sectionIds(tree, {...(file.value === undefined ? {} : {source: file.toString()}), ...options});
  };
};
