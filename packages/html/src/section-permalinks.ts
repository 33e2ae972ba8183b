import type {Element, ElementContent} from 'hast';
import type {Heading} from 'mdast';
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast';
import {fragmentHref} from './fragment.js';
// Types `heading.data.id` and `idAliases`.
import type {} from '@folio/core';

/** The `#` link a section heading ends with. */
function permalink(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {className: ['permalink'], href: fragmentHref(id), ariaLabel: 'Permalink to this section'},
    children: [{type: 'text', value: '#'}]
  };
}

/** An empty element that keeps an old id of a section working. */
function alias(id: string): Element {
  return {type: 'element', tagName: 'a', properties: {id, className: ['anchor-alias'], ariaHidden: 'true'}, children: []};
}

/**
 * Section headings carry the id core gave them (`heading.data.id`) and end
 * with a permalink to it; old ids (`{#id #old}`) come as empty anchors right
 * before. A heading whose id is empty gets neither: a check reports it.
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
      element.children.push({type: 'text', value: ' '}, permalink(id));
      const aliases = (node.data?.idAliases ?? []).filter((old) => old !== '');
      return [...aliases.map((old) => alias(old)), element];
    }
  };
}
