import type {Nodes} from 'mdast';
import {withoutEmoji} from './emoji-shortcodes.js';
import {createTakenIds, gatherText} from './heading-text.js';
import type {HeadingIdRule} from './rule.js';

const controls = /[\u0000-\u001f]/g;
const combiningMarks = /[\u0300-\u036f]/g;
const separators = /[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g;

// Emoji shortcodes are tokens of their own, left out of the slug; code keeps them.
function textValue(node: Nodes): string {
  if (node.type === 'text') return withoutEmoji(node.value);
  return 'value' in node ? node.value : '';
}

/**
 * VuePress 2's rule: markdown-it-anchor slugs the text and inline code
 * tokens of the heading (link text too; not images, raw HTML, soft line
 * breaks or `:emoji:` shortcodes) with VuePress's slugify: NFKD, combining marks and control
 * characters dropped, each run of white space and ASCII punctuation one
 * `-`, none at the ends, `_` before a leading digit, lowercased. A taken
 * slug gets the first free `-1`, `-2`, …; explicit ids are taken as they come.
 */
export const vuepressRule: HeadingIdRule = {
  textOf: (heading) =>
    gatherText(heading, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return 'keep';
      if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') return 'skip';
      return 'descend';
    }, textValue).replace(/\r?\n|\r/g, ''),
  slug: (text) =>
    text
      .normalize('NFKD')
      .replace(combiningMarks, '')
      .replace(controls, '')
      .replace(separators, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(\d)/, '_$1')
      .toLowerCase(),
  createTracker() {
    const taken = createTakenIds();
    return {
      automatic(slug) {
        const id = taken.has(slug) ? taken.firstFreeSuffix(slug) : slug;
        taken.add(id);
        return id;
      },
      explicit(id) {
        taken.add(id);
      }
    };
  }
};
