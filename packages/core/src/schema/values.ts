import * as v from 'valibot';

// Building blocks the schemas share: how a value is named in a message,
// mappings whose missing keys say which key, and checks that report the
// first of several problems with a value.

/** What a value is, as a message names it: `list`, `mapping`, `string`, `number`… */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

/** A value as a message may quote it: controls as `\\u` escapes, so the report stays one readable line. */
export function printable(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `printable`, and cut after `length` characters. */
export function quoted(value: string, length = 80): string {
  return printable(value.length > length ? `${value.slice(0, length)}…` : value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A check that reports the first problem `checks` find with the value (a message), if any. */
export function firstProblem<T>(...checks: Array<(value: T) => string | undefined>): v.RawCheckAction<T> {
  return v.rawCheck(({dataset, addIssue}) => {
    if (!dataset.typed) return;
    for (const check of checks) {
      const message = check(dataset.value);
      if (message === undefined) continue;
      addIssue({message});
      return;
    }
  });
}

type Entries = v.ObjectEntries;

/**
 * A mapping with known keys (others kept as written). A required key that
 * is missing is reported with the message its schema gives for an empty
 * value (`v.nonNullish(schema, message)`).
 */
export function mapping<const E extends Entries>(entries: E, typeMessage: v.ErrorMessage<v.CustomIssue>) {
  const missing = (issue: v.LooseObjectIssue): string => {
    const key: unknown = typeof issue.expected === 'string' ? JSON.parse(issue.expected) : undefined;
    const message = typeof key === 'string' ? (entries[key] as {message?: v.ErrorMessage<v.LooseObjectIssue>} | undefined)?.message : undefined;
    if (typeof message === 'function') return message(issue);
    return message ?? `Unexpected missing \`${String(key)}\`, expected a value`;
  };
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, typeMessage), v.looseObject(entries, missing));
}

/** Any scalar as its text: front matter reads `title: 42` as `42`. */
export function scalarText(typeMessage: (value: unknown) => string) {
  return v.pipe(
    v.custom<string | number | boolean>((value) => ['string', 'number', 'boolean'].includes(typeof value), (issue) => typeMessage(issue.input)),
    v.transform(String)
  );
}

/** A string; anything else reported with `typeMessage`. */
export function text(typeMessage: (value: unknown) => string) {
  return v.string((issue) => typeMessage(issue.input));
}
