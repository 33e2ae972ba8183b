import type {Element, ElementContent} from 'hast';
import type {Heading} from 'mdast';
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast';
import {fragmentHref} from './fragment.js';
// Types `heading.data.id` and `idAliases`.
import type {} from '@folio/core';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  // An image in a heading is read by its alt text, as the heading's name has it.
  if (node.tagName === 'img') return typeof node.properties.alt === 'string' ? node.properties.alt : '';
  // A footnote reference's number is no part of what the section is called.
  if (node.tagName === 'sup') return '';
  return node.children.map(textOf).join('');
}

/** The `#` link after a section heading, named for the heading on its own. */
function permalink(id: string, heading: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {className: ['permalink'], href: fragmentHref(id), ariaLabel: `Permalink: ${heading}`},
    children: [{type: 'text', value: '#'}]
  };
}

/** An empty element that keeps an old id of a section working. */
function alias(id: string): Element {
  return {type: 'element', tagName: 'a', properties: {id, className: ['anchor-alias'], ariaHidden: 'true'}, children: []};
}

/**
 * Section headings carry the id core gave them (`heading.data.id`), and a
 * permalink to it follows, the two in a `div.heading`; old ids
 * (`{#id #old}`) come as empty anchors right before. A heading whose id is
 * empty gets neither: a check reports it.
 *
 * The link sits beside the heading, not in it, so the heading's accessible
 * name is its text alone (a screen reader's list of headings reads as the
 * page's outline) and the link has a name of its own, `Permalink: <heading
 * text>`: the markup GitHub renders for Markdown headings. No whitespace
 * between them, so the `#` never wraps onto a line of its own.
 */
export function sectionPermalinkHandlers(): Handlers {
  return {
    heading(state: State, node: Heading): ElementContent[] {
      const element = defaultHandlers.heading(state, node);
      const id = node.data?.id;
      // Core mirrors the id into `hProperties`; the data field is what counts.
      delete element.properties.id;
      if (id === undefined || id === '') return [element];
      element.properties.id = id;
      const text = element.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
      const wrapper: Element = {type: 'element', tagName: 'div', properties: {className: ['heading']}, children: [element, permalink(id, text)]};
      const aliases = (node.data?.idAliases ?? []).filter((old) => old !== '');
      return [...aliases.map((old) => alias(old)), wrapper];
    }
  };
}
