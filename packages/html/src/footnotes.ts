import {footnoteDefinitionId, footnoteReferenceId} from '@folio/core';
import type {FootnoteIdPatterns} from '@folio/core';
import type {Element, ElementContent, Root as HastRoot} from 'hast';
import type {FootnoteReference, Root} from 'mdast';
import type {Handlers, State} from 'mdast-util-to-hast';
import {footnoteSection, type RenderedNote} from './footnote-section.js';
import {planFootnotes} from './footnote-plan.js';
import {fragmentHref} from './fragment.js';

/**
 * Footnote references as `<sup><a>` with the site's ids, and a root handler
 * that ends the page with the notes they call, in order of first call.
 * State lives in the returned handlers: one set per page.
 */
export function footnoteHandlers(tree: Root, patterns: FootnoteIdPatterns): Handlers {
  const plan = planFootnotes(tree);
  // Identifiers in the order their first reference renders: that is their number.
  const order: string[] = [];
  // Per identifier, the occurrences rendered, for the back-links.
  const rendered = new Map<string, number[]>();

  function footnoteReference(state: State, node: FootnoteReference): Element {
    const occurrence = plan.occurrences.get(node) ?? 1;
    rendered.set(node.identifier, [...(rendered.get(node.identifier) ?? []), occurrence]);
    // Only notes that render are numbered; a call without one (a check reports it) shows its label.
    let number = order.indexOf(node.identifier) + 1;
    if (number === 0 && plan.definitions.has(node.identifier)) number = order.push(node.identifier);
    const text = number === 0 ? (node.label ?? node.identifier) : String(number);
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: fragmentHref(footnoteDefinitionId(patterns, node.identifier)),
        id: footnoteReferenceId(patterns, node.identifier, occurrence),
        role: 'doc-noteref',
        ariaLabel: `Footnote ${text}`
      },
      children: [{type: 'text', value: text}]
    };
    state.patch(node, link);
    const sup: Element = {type: 'element', tagName: 'sup', properties: {}, children: [link]};
    state.patch(node, sup);
    return state.applyData(node, sup);
  }

  function root(state: State, node: Root): HastRoot {
    const result: HastRoot = {type: 'root', children: state.wrap(state.all(node))};
    // Render notes in number order; a note may call further notes, which join the queue.
    const contents = new Map<string, ElementContent[]>();
    let next = 0;
    const renderQueued = (): void => {
      for (; next < order.length; next++) {
        const identifier = order[next] ?? '';
        const definition = plan.definitions.get(identifier);
        if (definition) contents.set(identifier, state.all(definition));
      }
    };
    renderQueued();
    // Notes only called from notes that do not render still get their id, as core expects.
    for (const identifier of plan.definitions.keys()) {
      if (!order.includes(identifier)) {
        order.push(identifier);
        renderQueued();
      }
    }
    const notes: RenderedNote[] = [];
    for (const identifier of order) {
      const definition = plan.definitions.get(identifier);
      if (!definition) continue;
      const occurrences = [...(rendered.get(identifier) ?? [])].sort((a, b) => a - b);
      notes.push({identifier, number: notes.length + 1, definition, content: contents.get(identifier) ?? [], occurrences});
    }
    const section = footnoteSection(state, notes, patterns);
    if (section) result.children.push({type: 'text', value: '\n'}, section);
    state.patch(node, result);
    return result;
  }

  return {
    footnoteReference,
    // @ts-expect-error: `Handler` cannot return a root; mdast-util-to-hast types its own root handler the same way.
    root
  };
}
