import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {footnoteDefinitionId, footnoteReferenceId} from './footnote-ids.js';
import type {Anchor, FootnoteIdPatterns, LinkReference} from './types.js';
import './mdast-data.js';

const tagPattern = /<([a-z][a-z\d-]*)\b([^<>]*)>/gi;
// A comment renders as nothing, so ids written inside one are not on the page.
const commentPattern = /<!--[\s\S]*?(?:-->|$)/g;
const attributePattern = /\s([a-z][a-z\d_:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Ids (and `<a name>`s) that raw HTML in the Markdown puts on the page. */
export function htmlIds(html: string): string[] {
  const ids: string[] = [];
  for (const tag of html.replace(commentPattern, '').matchAll(tagPattern)) {
    const name = (tag[1] ?? '').toLowerCase();
    for (const attribute of (tag[2] ?? '').matchAll(attributePattern)) {
      const key = (attribute[1] ?? '').toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if (value !== '' && (key === 'id' || (key === 'name' && name === 'a'))) ids.push(value);
    }
  }
  return ids;
}

/**
 * Every id the rendered page will carry, in document order: heading ids and
 * their aliases, ids in raw HTML, footnote definitions and references.
 * The HTML renderer uses the same functions, so the two agree.
 */
export function collectAnchors(tree: Root, footnotes: FootnoteIdPatterns): Anchor[] {
  const anchors: Anchor[] = [];
  const referenced = new Set<string>();
  const referenceCounts = new Map<string, number>();
  const defined = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
  });
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        const position = node.data?.explicitIdPosition ?? node.position;
        if (node.data?.id !== undefined) anchors.push({id: node.data.id, kind: 'heading', ...(position ? {position} : {})});
        for (const alias of node.data?.idAliases ?? []) anchors.push({id: alias, kind: 'alias', ...(position ? {position} : {})});
        break;
      }
      case 'html': {
        for (const id of htmlIds(node.value)) anchors.push({id, kind: 'html', ...(node.position ? {position: node.position} : {})});
        break;
      }
      case 'footnoteReference': {
        const count = (referenceCounts.get(node.identifier) ?? 0) + 1;
        referenceCounts.set(node.identifier, count);
        const id = footnoteReferenceId(footnotes, node.identifier, count);
        anchors.push({id, kind: 'footnote-reference', ...(node.position ? {position: node.position} : {})});
        break;
      }
      case 'footnoteDefinition': {
        // Unreferenced notes and repeated definitions are not rendered, so they carry no id.
        if (!referenced.has(node.identifier) || defined.has(node.identifier)) break;
        defined.add(node.identifier);
        const id = footnoteDefinitionId(footnotes, node.identifier);
        anchors.push({id, kind: 'footnote-definition', ...(node.position ? {position: node.position} : {})});
        break;
      }
      default:
    }
  });
  return anchors;
}

/** Every URL written in links, images and definitions, in document order. */
export function collectLinks(tree: Root): LinkReference[] {
  const links: LinkReference[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({url: node.url, kind: node.type, ...(node.position ? {position: node.position} : {})});
    }
  });
  return links;
}
