/** A heading's trailing `{#id #alias…}`, as written by the writer. */
export interface ExplicitId {
  id: string;
  /** Older ids kept working on the same heading. */
  aliases: string[];
  /** Offset of the `{` in the text it was found in. */
  index: number;
  /** Offset just after the `}`. */
  end: number;
}

// Ids are anything but white space and braces; `{#}` is an empty id, which a rule reports.
const explicitIdPattern = /[ \t]*\{(#[^\s{}]*(?:[ \t]+#[^\s{}]*)*)\}[ \t]*$/;

/** Find a trailing `{#id}` (optionally followed by ` #alias` ids) in the last text of a heading. */
export function findExplicitId(text: string): ExplicitId | undefined {
  const match = explicitIdPattern.exec(text);
  if (!match) return undefined;
  const ids = (match[1] ?? '').split(/[ \t]+/).map((part) => part.slice(1));
  const start = match.index + match[0].indexOf('{');
  return {id: ids[0] ?? '', aliases: ids.slice(1), index: start, end: start + (match[1] ?? '').length + 2};
}
