/// <reference path="./markdown-it-emoji.d.ts" />
import names from 'markdown-it-emoji/lib/data/full.mjs';
import emoticonsByName from 'markdown-it-emoji/lib/data/shortcuts.mjs';

// What markdown-it-emoji (VuePress's `emoji` plugin, with its defaults)
// turns into emoji tokens: every `:name:` it knows, and emoticons (`:)`, `<3`)
// of the emoji it has.
const emoticons: readonly string[] = Object.entries(emoticonsByName).flatMap(([name, written]) =>
  Object.hasOwn(names, name) ? (Array.isArray(written) ? written : [written]) : []
);
const emoticonStarts = new Set(emoticons.map((emoticon) => emoticon[0]));
const boundary = /^[\p{Z}\p{P}\p{Cc}]$/u;
const colonName = /^:([^:\s]+):/;

/**
 * The shortcode at `index`, as the plugin's one big alternation would match
 * there: of every name and emoticon written at this place, the greatest in
 * code unit order (it tries them sorted and reversed).
 */
function shortcodeAt(text: string, index: number): {code: string; emoticon: boolean} | undefined {
  let found: {code: string; emoticon: boolean} | undefined;
  const named = text[index] === ':' ? colonName.exec(text.slice(index, index + 64)) : null;
  if (named && Object.hasOwn(names, named[1] ?? '')) found = {code: named[0], emoticon: false};
  if (emoticonStarts.has(text[index])) {
    for (const emoticon of emoticons) {
      if (text.startsWith(emoticon, index) && (found === undefined || emoticon > found.code)) found = {code: emoticon, emoticon: true};
    }
  }
  return found;
}

/**
 * `text` without what the emoji plugin makes an emoji token, which
 * markdown-it-anchor leaves out of the slug. An emoticon counts only with a
 * space, punctuation or nothing on both sides (not the `:/` of `http://`),
 * but is passed over whole either way, as the plugin's scan is.
 */
export function withoutEmoji(text: string): string {
  if (!text.includes(':') && !emoticons.some((emoticon) => text.includes(emoticon))) return text;
  let kept = '';
  let index = 0;
  while (index < text.length) {
    const found = shortcodeAt(text, index);
    if (found === undefined) {
      kept += text[index];
      index++;
      continue;
    }
    const {code, emoticon} = found;
    const end = index + code.length;
    const before = text[index - 1];
    const after = text[end];
    const bounded = (before === undefined || boundary.test(before)) && (after === undefined || boundary.test(after));
    if (emoticon && !bounded) kept += code;
    index = end;
  }
  return kept;
}
