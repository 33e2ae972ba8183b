import type {Root} from 'mdast';
import type {Position} from 'unist';
import {skipChildren, walkTree} from './walk-tree.js';
import {planFootnotes} from './footnote-plan.js';
import {footnoteDefinitionId, footnoteReferenceId} from './footnote-ids.js';
import {rawHtmlLinks} from './raw-html-links.js';
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
  const plan = planFootnotes(tree);
  const add = (id: string, kind: Anchor['kind'], position: Position | undefined): void => {
    // An empty id renders as no id at all; a rule reports the heading.
    if (id !== '') anchors.push({id, kind, ...(position ? {position} : {})});
  };
  walkTree(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        const position = node.data?.explicitIdPosition ?? node.position;
        if (node.data?.id !== undefined) add(node.data.id, 'heading', position);
        for (const alias of node.data?.idAliases ?? []) add(alias, 'alias', position);
        return undefined;
      }
      case 'html': {
        for (const id of htmlIds(node.value)) add(id, 'html', node.position);
        return undefined;
      }
      case 'footnoteReference': {
        const count = plan.occurrences.get(node) ?? 1;
        add(footnoteReferenceId(footnotes, node.identifier, count), 'footnote-reference', node.position);
        return undefined;
      }
      case 'footnoteDefinition': {
        // Notes that are not rendered (uncalled, or a repeated label) carry no ids at all.
        if (plan.definitions.get(node.identifier) !== node) return skipChildren;
        add(footnoteDefinitionId(footnotes, node.identifier), 'footnote-definition', node.position);
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return anchors;
}

/**
 * Every URL written in links, images and definitions, and in the `href`,
 * `src` and `srcset` of raw HTML, in document order. `source` (the file's
 * text) makes the places of URLs in raw HTML exact inside block quotes.
 */
export function collectLinks(tree: Root, source?: string): LinkReference[] {
  const links: LinkReference[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      links.push({url: node.url, kind: node.type, ...(node.position ? {position: node.position} : {})});
    } else if (node.type === 'html') {
      for (const link of rawHtmlLinks(node, source)) {
        links.push({url: link.url, kind: link.kind, ...(link.position ? {position: link.position} : {})});
      }
    }
  });
  return links;
}
