// What XML 1.0 `Char` excludes, which a parser must reject: C0 controls but
// tab/LF/CR, U+FFFE/U+FFFF, and surrogates without their pair. Also DEL and
// the C1 controls, which XML 1.0 discourages and which carry nothing in prose.
const unwanted =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` without the characters XML 1.0 forbids, and without DEL and C1 controls. */
export function xmlChars(value: string): string {
  return value.replace(unwanted, '');
}
