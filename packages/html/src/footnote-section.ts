import {footnoteDefinitionId, footnoteReferenceId, type FootnoteIdPatterns} from '@folio/core';
import type {Element, ElementContent} from 'hast';
import type {FootnoteDefinition} from 'mdast';
import type {State} from 'mdast-util-to-hast';
import {fragmentHref} from './fragment.js';

/** A note as it renders: its number, its content, and which references to it rendered. */
export interface RenderedNote {
  identifier: string;
  /** 1-based, in order of first reference. */
  number: number;
  definition: FootnoteDefinition;
  content: ElementContent[];
  /** The occurrence counts (1-based) of its references that rendered, ascending. */
  occurrences: number[];
}

function backLink(patterns: FootnoteIdPatterns, note: RenderedNote, occurrence: number): Element {
  const label = occurrence > 1 ? `${note.number}-${occurrence}` : String(note.number);
  const children: ElementContent[] = [{type: 'text', value: '↩\uFE0E'}];
  if (occurrence > 1) children.push({type: 'element', tagName: 'sup', properties: {}, children: [{type: 'text', value: String(occurrence)}]});
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: fragmentHref(footnoteReferenceId(patterns, note.identifier, occurrence)),
      className: ['footnote-backref'],
      role: 'doc-backlink',
      ariaLabel: `Back to reference ${label}`
    },
    children
  };
}

/** The note's content with its back-links at the end of its last paragraph. */
function withBackLinks(content: ElementContent[], backLinks: ElementContent[]): ElementContent[] {
  if (backLinks.length === 0) return content;
  const result = [...content];
  const tail = result.at(-1);
  if (tail?.type === 'element' && tail.tagName === 'p') {
    result[result.length - 1] = {...tail, children: [...tail.children, {type: 'text', value: ' '}, ...backLinks]};
  } else {
    result.push(...backLinks);
  }
  return result;
}

/** `<section class="footnotes">` with one `<li id>` per note, or nothing when no note renders. */
export function footnoteSection(state: State, notes: RenderedNote[], patterns: FootnoteIdPatterns): Element | undefined {
  if (notes.length === 0) return undefined;
  const items = notes.map((note): Element => {
    const backLinks: ElementContent[] = [];
    for (const occurrence of note.occurrences) {
      if (backLinks.length > 0) backLinks.push({type: 'text', value: ' '});
      backLinks.push(backLink(patterns, note, occurrence));
    }
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: {id: footnoteDefinitionId(patterns, note.identifier)},
      children: state.wrap(withBackLinks(note.content, backLinks), true)
    };
    state.patch(note.definition, item);
    return item;
  });
  return {
    type: 'element',
    tagName: 'section',
    properties: {className: ['footnotes'], role: 'doc-endnotes', ariaLabel: 'Footnotes'},
    children: [
      {type: 'text', value: '\n'},
      {type: 'element', tagName: 'ol', properties: {}, children: state.wrap(items, true)},
      {type: 'text', value: '\n'}
    ]
  };
}
