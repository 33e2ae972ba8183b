import anyAscii from 'any-ascii';
import {createTakenIds, gatherText} from './heading-text.js';
import type {HeadingIdRule} from './rule.js';

const han = /^[\p{Script=Han}]$/u;
const asciiAlphanumeric = /[a-z0-9]/;

/**
 * Where `deunicode` (from Text::Unidecode) writes a character otherwise than
 * any-ascii: long Indic vowels doubled, as in its own tests (`अभिजीत` →
 * `abhijiit`, `മലയാലമ്` → `mlyaalm`), and pinyin `ü` as `v` (`旅游` → `lv you`).
 */
const deunicodeDiffers: Record<string, string> = {
  // Devanagari, Bengali and Malayalam: the letters and vowel signs aa, ii, uu.
  '\u0906': 'aa', '\u0908': 'ii', '\u090a': 'uu', '\u093e': 'aa', '\u0940': 'ii', '\u0942': 'uu',
  '\u0986': 'aa', '\u0988': 'ii', '\u098a': 'uu', '\u09be': 'aa', '\u09c0': 'ii', '\u09c2': 'uu',
  '\u0d06': 'aa', '\u0d08': 'ii', '\u0d0a': 'uu', '\u0d3e': 'aa', '\u0d40': 'ii', '\u0d42': 'uu',
  '旅': 'Lv'
};

/**
 * One character in ASCII, as the `deunicode` crate gives it. Its table is
 * not on npm; any-ascii's agrees for accents, Cyrillic, Greek, kana and
 * emoji names but for the few above, and `deunicode` ends each Han
 * character with a space (`北亰` → `Bei Jing`), which is added here.
 */
function transliterate(character: string): string {
  const ascii = deunicodeDiffers[character] ?? anyAscii(character);
  return han.test(character) ? `${ascii} ` : ascii;
}

/**
 * Zola's rule (`slugify.anchors = "on"`, the default): the text and inline
 * code of the heading (image alt too, not raw HTML or footnote marks), as
 * the `slug` crate makes it: every character in ASCII, lowercase letters
 * and digits kept, every other run one `-`, none at the ends. Zola first
 * takes every explicit id on the page, then gives a taken slug the first
 * free `-1`, `-2`, …
 */
export const zolaRule: HeadingIdRule = {
  textOf: (heading) =>
    gatherText(heading, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'image' || node.type === 'imageReference') return 'keep';
      if (node.type === 'html' || node.type === 'footnoteReference') return 'skip';
      return 'descend';
    // A soft line break is an event of its own, not text.
    }).replace(/\r?\n|\r/g, ''),
  slug(text) {
    let id = '';
    let separated = true;
    for (const character of text) {
      const ascii = character.charCodeAt(0) < 0x80 ? character : transliterate(character);
      for (const letter of ascii.toLowerCase()) {
        if (asciiAlphanumeric.test(letter)) {
          id += letter;
          separated = false;
        } else if (!separated) {
          id += '-';
          separated = true;
        }
      }
    }
    return id.endsWith('-') ? id.slice(0, -1) : id;
  },
  createTracker(explicitIds) {
    const taken = createTakenIds(explicitIds);
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
