import type {Heading, Parents} from 'mdast';
import {defaultHandlers, type Info, type Options as ToMarkdownExtension, type State} from 'mdast-util-to-markdown';
import type {Processor} from 'unified';

/** A heading as Markdown, with the `{#id #alias…}` that `remarkSectionIds` took out of its text written back. */
function headingWithIds(node: Heading, parent: Parents | undefined, state: State, info: Info): string {
  const markdown = defaultHandlers.heading(node, parent, state, info);
  const data = node.data;
  if (!data?.explicitId || data.id === undefined) return markdown;
  const ids = [data.id, ...(data.idAliases ?? [])].map((id) => `#${id}`).join(' ');
  return `${markdown} {${ids}}`;
}

/** The to-markdown extension: explicit heading ids survive serializing. */
export const explicitIdsToMarkdown: ToMarkdownExtension = {handlers: {heading: headingWithIds}};

/**
 * Write explicit heading ids back when a tree is serialized (`remark -o`,
 * an editor's Format Document): `remarkSectionIds` moves `{#cap}` from the
 * heading's text to its data, and without this the id would be lost.
 */
export function remarkStringifyExplicitIds(this: Processor): undefined {
  // remark-stringify reads this list (its types declare the key; it is not a dependency here).
  const data = this.data() as {toMarkdownExtensions?: ToMarkdownExtension[]};
  (data.toMarkdownExtensions ??= []).push(explicitIdsToMarkdown);
}
