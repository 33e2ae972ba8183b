import type {ElementContent, Root, RootContent} from 'hast';

/** The rendered body's nodes that may sit inside `<article>` (no doctype). */
export function articleBody(content: Root): ElementContent[] {
  return content.children.filter((node: RootContent): node is ElementContent => node.type !== 'doctype');
}
