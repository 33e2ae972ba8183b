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

/**
 * The ids one page has taken, and for a taken one the first free `base-N`
 * (N from 1). Ids are only ever added, so the search for a base starts
 * where its last one ended: 10,000 equal headings stay linear.
 */
export function createTakenIds(initial: Iterable<string> = []): {has(id: string): boolean; add(id: string): void; firstFreeSuffix(base: string): string} {
  const taken = new Set(initial);
  const searchedUpTo = new Map<string, number>();
  return {
    has: (id) => taken.has(id),
    add(id) {
      taken.add(id);
    },
    firstFreeSuffix(base) {
      for (let index = (searchedUpTo.get(base) ?? 0) + 1; ; index++) {
        const candidate = `${base}-${index}`;
        if (!taken.has(candidate)) {
          searchedUpTo.set(base, index);
          return candidate;
        }
      }
    }
  };
}
