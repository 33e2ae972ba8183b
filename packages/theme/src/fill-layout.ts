import type {LayoutTemplate} from '@folio/core';
import type {ElementContent, Root, RootContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {visit} from 'unist-util-visit';

/** A slot's value: text (escaped) or nodes (HTML, between elements). */
export type SlotValue = string | ElementContent[];

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

// A comment stands where HTML goes, so the template parses as written and the nodes replace it.
const marker = (slot: string): string => `folio-slot:${slot}`;

/**
 * Fill a site's layout: text slots escaped (they may sit in attributes),
 * HTML slots by their nodes. A slot without a value is empty.
 */
export function fillLayout(template: LayoutTemplate, values: Record<string, SlotValue | undefined>): ElementContent[] {
  const html = template.parts
    .map((part) => {
      if ('text' in part) return part.text;
      const value = values[part.slot];
      if (value === undefined) return '';
      return typeof value === 'string' ? escapeHtml(value) : `<!--${marker(part.slot)}-->`;
    })
    .join('');
  const tree: Root = fromHtml(html, {fragment: true});
  visit(tree, 'comment', (node, index, parent) => {
    const slot = node.value.startsWith('folio-slot:') ? node.value.slice('folio-slot:'.length) : undefined;
    const value = slot === undefined ? undefined : values[slot];
    if (parent === undefined || index === undefined || value === undefined || typeof value === 'string') return;
    parent.children.splice(index, 1, ...(value as RootContent[] as typeof parent.children));
    return index + value.length;
  });
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
