import {toString} from 'mdast-util-to-string';
import {createTakenIds, sourceOf} from './heading-text.js';
import type {HeadingIdRule} from './rule.js';

const letterOrDigit = /^[\p{L}\p{Nd}_]$/u;

/**
 * Hugo's default (Goldmark, `autoHeadingIDType: github`): Goldmark hands
 * Hugo the Markdown source of the heading's last line, not its rendered
 * text, so a link's URL and an entity's name count. Hugo trims it, keeps
 * letters, digits and `_` (lowercased one by one), turns each space and `-`
 * into `-` and drops the rest (tabs too). An empty id is `heading`; a taken
 * one gets the first free `-1`, `-2`, …; explicit ids are taken as they come.
 */
export const hugoRule: HeadingIdRule = {
  textOf(heading, source) {
    const raw = sourceOf(heading, source) ?? toString(heading);
    return raw.split(/\r?\n|\r/).at(-1) ?? '';
  },
  slug(text) {
    let id = '';
    for (const character of text.trim()) {
      if (character === '-' || character === ' ') id += '-';
      // Go lowers one rune to one rune: `İ` is `i`, not `i̇`.
      else if (letterOrDigit.test(character)) id += [...character.toLowerCase()][0] ?? '';
    }
    return id;
  },
  createTracker() {
    const taken = createTakenIds();
    return {
      automatic(slug) {
        const base = slug === '' ? 'heading' : slug;
        const id = taken.has(base) ? taken.firstFreeSuffix(base) : base;
        taken.add(id);
        return id;
      },
      explicit(id) {
        taken.add(id);
      }
    };
  }
};
