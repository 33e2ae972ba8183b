import type {Element, ElementContent, Root, RootContent} from 'hast';

function isPermalink(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'a' && Array.isArray(node.properties.className) && node.properties.className.includes('permalink');
}

function isHeadingWrapper(node: RootContent): boolean {
  return node.type === 'element' && node.tagName === 'div' && Array.isArray(node.properties.className) && node.properties.className.includes('heading');
}

function strip<T extends Root | Element>(parent: T): T {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    // Without its link, a heading needs no wrapper.
    if (isHeadingWrapper(child)) {
      children.push(...strip(child as Element).children);
      continue;
    }
    if (isPermalink(child)) continue;
    children.push(child.type === 'element' ? strip(child) : child);
  }
  return {...parent, children: children as ElementContent[]};
}

/**
 * The article body for a feed reader: the section `#` permalinks left out,
 * the headings' ids kept, so a link to `#section` still lands. Does not
 * mutate `tree`.
 */
export function withoutPermalinks(tree: Root): Root {
  return strip(tree);
}
