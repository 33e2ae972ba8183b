import type {SiteIndex} from '@folio/core';
import type {Root as HastRoot} from 'hast';
import type {Root as MdastRoot} from 'mdast';
import {toHast} from 'mdast-util-to-hast';
import {highlightCodeBlock, type CodeHighlighter} from './code-highlighter.js';
import {eachElement} from './each-element.js';
import {footnoteHandlers} from './footnotes.js';
import {linkHandlers} from './links.js';
import {sectionPermalinkHandlers} from './section-permalinks.js';

export interface RenderOptions {
  index: SiteIndex;
  /** content-relative path of the file */
  path: string;
  /** Highlights fenced code with a language; without it, code stays plain. */
  highlighter?: CodeHighlighter | undefined;
}

/** The article body: section headings with permalinks, footnotes, rewritten links. Does not mutate `tree`. */
export function toContentTree(tree: MdastRoot, options: RenderOptions): HastRoot {
  const handlers = {
    ...sectionPermalinkHandlers(),
    ...footnoteHandlers(tree, options.index.site.footnotes),
    ...linkHandlers(options.index, options.path)
  };
  const result = toHast(tree, {allowDangerousHtml: true, handlers});
  // The root handler always returns a root; anything else would be a bug here.
  if (result.type !== 'root') throw new Error(`Unexpected \`${result.type}\` from the root handler, expected \`root\``);
  const {highlighter} = options;
  // One walk: highlight each outermost `<pre>`, then make it and any inside it focusable.
  eachElement(result, (node) => {
    if (node.tagName !== 'pre') return false;
    if (highlighter) highlightCodeBlock(node, highlighter);
    // A code block scrolls sideways on a narrow screen: the keyboard must reach it to scroll it.
    eachElement(node, (inner) => {
      if (inner.tagName === 'pre') inner.properties['tabIndex'] = 0;
      return false;
    });
    return true;
  });
  return result;
}
