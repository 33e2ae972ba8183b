/**
 * Characters that make HTML malformed (a parse error) or that XML 1.0 does
 * not allow: C0 controls but tab, line feed and carriage return (form feed
 * too, which XML forbids), DEL and the C1 controls, noncharacters (U+FFFE,
 * U+FFFF, U+FDD0–U+FDEF, the last two of every plane) and unpaired surrogates.
 */
export const unpublishableCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}\uD800-\uDFFF]/u;

const everyUnpublishable = new RegExp(unpublishableCharacter.source, 'gu');

/** One run of unpublishable characters, where it starts (a UTF-16 offset). */
export interface UnpublishableRun {
  offset: number;
  /** The characters, as written. */
  text: string;
}

/** `U+FFFE`: how a message names a character. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every unpublishable character replaced by U+FFFD, one for each
 * UTF-16 unit so every position after it stays where it was, and the runs
 * replaced. The same text goes to the HTML and the feed.
 */
export function replaceUnpublishable(text: string): {text: string; runs: UnpublishableRun[]} {
  const runs: UnpublishableRun[] = [];
  const replaced = text.replace(everyUnpublishable, (char, offset: number) => {
    const last = runs.at(-1);
    if (last && last.offset + last.text.length === offset) last.text += char;
    else runs.push({offset, text: char});
    return '\uFFFD'.repeat(char.length);
  });
  return {text: runs.length === 0 ? text : replaced, runs};
}
