/**
 * A deterministic set of tricky headings for the differential id tests:
 * punctuation of every kind, emoji (variation selectors, ZWJ sequences, skin
 * tones, flags, keycaps), non-Latin scripts, accents and combining marks,
 * inline code, links, emphasis, images, entities, raw HTML, numbers, odd
 * spacing, emoji shortcodes and emoticons, repeats and headings that read
 * like a repeat's suffix.
 *
 * What it leaves out is syntax the engines parse differently (not their id
 * rules): kramdown's `{:` attribute lists, `$$` math and `[^` footnotes,
 * and its `_` emphasis inside words (`x86_64 _a_`); `<<`/`>>` touching a
 * letter (raw HTML to CommonMark, guillemets to kramdown);
 * Goldmark's trailing `{…}` attributes; a closing `#` sequence; tabs, which
 * markdown-it and kramdown expand differently.
 */

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  'Hello', 'world', 'CAP', 'theorem', 'Rust', 'Go', 'API', 'v2', 'snake_case', 'kebab-case', 'CamelCase', 'x86_64',
  'café', 'naïve', 'Straße', 'Ærøskøbing', 'İstanbul', 'ıi', 'résumé', 'Ñandú', 'Łódź', 'Việt', 'Å',
  'Привет', 'мир', 'Ёлка', 'Ελληνικά', 'Σίσυφος', 'ΑΒΓ', '日本語', '中文标题', '北亰', 'げんまい茶', 'カタカナ', '한국어',
  'مرحبا', 'שלום', 'हिन्दी', 'ไทย', 'e\u0301', 'a\u0308b', 'ﬁne', 'Ⅻ', '½', '²', '٣', '１２３',
  '1', '42', '2.0', '1.53.0', '3rd', '100%', '0x1F', '-1', '--', '2024-01-02'
];

const emoji = [':tada:', ':+1:', ':not_an_emoji:', ':)', ':-(', '<3', 'x-)', ':/', '🎉', '❤️', '❤', '✔︎', '☣', '👨‍👩‍👧', '👍🏽', '🇫🇷', '1️⃣', '🦄', '©', '™', '⚠️', '🏳️‍🌈'];

const punctuation = [
  '!', '"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '@',
  '[', ']', '^', '_', '`', '{', '}', '|', '~', '\\',
  '–', '—', '…', '«', '»', '“', '”', '‘', '’', '·', '•', '§', '¶', '¿', '¡', '°', '±', '×', '÷', '€', '£',
  '...', '---', '<<', '>>', '::', '//', '&&', '->', '=>'
];

const inline = [
  '`code`', '`a b`', '`x_y`', '`--flag`', '`<T>`', '*em*', '**strong**', '~~gone~~',
  '[link](https://example.com/a_b?c=d)', '[a *b*](/x/)', '![alt text](img.png)', '![](empty.png)',
  '&amp;', '&copy;', '&#35;', '&lt;tag&gt;', '&nbsp;', '&quot;q&quot;',
  '<span>html</span>', '<kbd>Ctrl</kbd>', '<em>raw em</em>', '\\*', '\\_', '\\#', 'a\u200bb', 'a\u00a0b', 'x\u00adz'
];

function pick<T>(next: () => number, from: readonly T[]): T {
  return from[Math.floor(next() * from.length)] as T;
}

/** Drop what engines parse differently (see above) from a generated heading. */
function tame(text: string): string {
  let safe = text.replace(/\{:|\$\$|\[\^|\*\[/g, (found) => found.split('').join(' '));
  // `x<<y>>` is raw HTML to CommonMark and guillemets to kramdown.
  safe = safe.replace(/(<<|>>)(?=\S)/g, '$1 ').replace(/(?<=\S)(<<|>>)/g, ' $1');
  safe = safe.replace(/[ #{]+$/, '');
  return safe.replace(/\\+$/, '');
}

function heading(next: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let index = 0; index < count; index++) {
    const roll = next();
    if (roll < 0.4) parts.push(pick(next, words));
    else if (roll < 0.55) parts.push(pick(next, emoji));
    else if (roll < 0.8) parts.push(pick(next, punctuation));
    else parts.push(pick(next, inline));
  }
  let text = '';
  for (const part of parts) {
    const gap = text === '' ? '' : next() < 0.8 ? ' ' : next() < 0.5 ? '' : '  ';
    text += gap + part;
  }
  return tame(text);
}

/** Headings written to be hard, beside the generated ones. */
const written = [
  'Hello World', 'Hello, World!', 'C++ & C#', '“It’s slow”', "It's slow", 'Emoji 🎉 here', 'A  B', 'Foo_bar-baz',
  'Use `git rebase` often', 'Librarification initiatives ❤️', 'Rust 1.53.0', 'L’écologie et vous', '日本', 'héhé',
  'test (hey)', 'dot. ', 'Ünïcödé Straße', '1. Introduction', '2019: a year', '_private', '-leading dash', 'trailing dash-',
  'a -- b', 'a --- b', 'wait...', 'x << y >> z', '_under_ line', 'Q&amp;A', '[About](/about/)', '**Bold** and *em*', 'ÅÄÖ åäö', 'Ⅻ chapters',
  'Ελληνικά Σίσυφος', 'Привет, мир!', '中文 标题', '한국어 제목', 'e\u0301te\u0301', 'ﬁle ﬂow', '👨‍👩‍👧 family', '🇫🇷 France'
];

/** A page of headings: repeats and would-be suffixes mixed in. */
export interface HeadingPage {
  headings: string[];
}

/**
 * `pages` pages of about `perPage` headings each, from a fixed `seed`.
 * About one heading in six repeats an earlier one on its page, and one in
 * ten reads like a repeat's suffix (`a`, `a`, `a-1`). With `explicitIds`,
 * one in ten carries a `{#id}` that automatic ids before or after it also make.
 */
export function headingCorpus(seed = 12, pages = 40, perPage = 50, explicitIds = false): HeadingPage[] {
  const next = random(seed);
  const explicit = ['intro', 'hello-world', 'a', 'a-1', 'notes', 'its-slow', 'same'];
  const plain = ['Intro', 'Hello World', 'A', 'A 1', 'Notes', 'Same', 'Same'];
  const result: HeadingPage[] = [];
  for (let page = 0; page < pages; page++) {
    const headings: string[] = page === 0 ? [...written] : [];
    while (headings.length < perPage) {
      const roll = next();
      const earlier = headings.length > 0 ? pick(next, headings) : undefined;
      if (explicitIds && roll < 0.2) {
        // Explicit ids among automatic ones that would have, or already have, the same id.
        headings.push(next() < 0.5 ? `${pick(next, plain)} {#${pick(next, explicit)}}` : pick(next, plain));
      } else if (earlier !== undefined && roll < 0.16) headings.push(earlier);
      else if (earlier !== undefined && roll < 0.26) headings.push(`${earlier}${next() < 0.5 ? '-' : ' '}${1 + Math.floor(next() * 3)}`);
      else {
        const text = heading(next);
        if (text.trim() !== '') headings.push(text);
      }
    }
    result.push({headings});
  }
  return result;
}

/**
 * A page's Markdown, text between the headings: each an ATX heading of a
 * level from 2 to 6, some with blanks after the text; every eleventh a
 * setext heading when its text could not start another block. (kramdown
 * takes no indented `#`, so none is.)
 */
export function pageMarkdown(page: HeadingPage): string {
  return page.headings
    .map((text, index) => {
      if (index % 11 === 10 && !text.includes('{#') && /^[\p{L}\p{N}]/u.test(text) && !/^\d+[.)]/.test(text)) return `${text}\n${index % 2 === 0 ? '===' : '---'}\n\nText.\n`;
      const marks = '#'.repeat(2 + (index % 5));
      return `${marks} ${text}${index % 3 === 0 ? '   ' : ''}\n\nText.\n`;
    })
    .join('\n');
}

