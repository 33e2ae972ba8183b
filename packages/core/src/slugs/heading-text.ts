import type {Heading, Nodes} from 'mdast';

/** What to do with a node when gathering a heading's text. */
export type TextPart = 'keep' | 'skip' | 'descend';

/**
 * The text of a heading's phrasing content, as an engine reads it: `partOf`
 * says which nodes count (their `value`), which are dropped whole, and
 * which count by their children.
 */
export function gatherText(heading: Heading, partOf: (node: Nodes) => TextPart, valueOf: (node: Nodes) => string = defaultValue): string {
  let text = '';
  const visit = (node: Nodes): void => {
    const part = partOf(node);
    if (part === 'keep') text += valueOf(node);
    else if (part === 'descend' && 'children' in node) for (const child of node.children) visit(child);
  };
  for (const child of heading.children) visit(child);
  return text;
}

function defaultValue(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return 'value' in node ? node.value : '';
}

/**
 * The Markdown source of a heading's content: from its first inline to its
 * last, without the `#` marks, the closing sequence or a setext underline.
 */
export function sourceOf(heading: Heading, source: string | undefined): string | undefined {
  const first = heading.children[0]?.position?.start.offset;
  const last = heading.children.at(-1)?.position?.end.offset;
  if (source === undefined || first === undefined || last === undefined) return undefined;
  // A removed `{#id}` leaves its text node's position as written: end before it.
  const explicit = heading.data?.explicitIdPosition?.start.offset;
  return source.slice(first, explicit !== undefined && explicit < last ? explicit : last);
}

/** A set of ids, and the first `base-N` (N from 1) not in it. */
export function firstFreeSuffix(base: string, taken: ReadonlySet<string>): string {
  for (let index = 1; ; index++) {
    const candidate = `${base}-${index}`;
    if (!taken.has(candidate)) return candidate;
  }
}
