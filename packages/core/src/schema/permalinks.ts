import * as v from 'valibot';
import {isRecord, mapping} from './values.js';

// `permalinks.json`: what a site has published. A bad entry is reported and
// left out; the good ones still guard what they published.

const shape = 'Unexpected manifest shape, expected `{"version": 1, "urls": {…}}`';

export const manifestSchema = mapping(
  {
    version: v.nonNullish(v.literal(1, shape), shape),
    urls: v.nonNullish(v.custom<Record<string, unknown>>(isRecord, shape), shape),
    retired: v.optional(v.custom<Record<string, unknown>>(isRecord, 'Unexpected `retired`, expected an object of `"what": "why"`'))
  },
  shape
);

/** One URL's entry, every problem with it told by `message`. */
export function entrySchema(message: string) {
  return mapping(
    {
      anchors: v.nonNullish(v.array(v.string(message), message), message),
      feedId: v.optional(v.string(message)),
      source: v.optional(v.unknown())
    },
    message
  );
}

/** The schema of a good entry, to tell it apart without making a message. */
export const entryShape = entrySchema('');

export function retirementSchema(key: string) {
  const message = `Unexpected retirement of \`${key}\` without a reason, expected \`"${key}": "why it was removed"\``;
  return v.nonNullish(v.pipe(v.string(message), v.check((reason) => reason.trim() !== '', message)), message);
}
