import type {FileFacts} from '@folio/core';
import * as v from 'valibot';
import type {SerializedMessage} from '../parallel/serialized-message.js';

// The shapes of the persistent cache's JSON. A store that does not match is
// a miss, like one whose digest is wrong: the cache only ever saves work.

/** The first line of every store: whose it is, and the digest of the body after it. */
export const sealSchema = v.object({
  header: v.object({format: v.number(), toolchain: v.string(), settings: v.string(), contentDir: v.string()}),
  digest: v.string()
});

const point = v.object({line: v.number(), column: v.number(), offset: v.optional(v.number())});
const position = v.object({start: point, end: point});

const messageSchema = v.object({
  reason: v.string(),
  place: v.optional(v.union([position, point])),
  ruleId: v.optional(v.string()),
  source: v.optional(v.string()),
  fatal: v.optional(v.nullable(v.boolean())),
  url: v.optional(v.string()),
  expected: v.optional(v.array(v.string()))
});

/** What every view and index reads of a file's facts; the rest was written by the same toolchain (the header says so). */
const factsSchema = v.looseObject({
  path: v.string(),
  kind: v.picklist(['post', 'page', 'other']),
  url: v.optional(v.string()),
  draft: v.boolean(),
  anchors: v.array(v.looseObject({id: v.string(), kind: v.string()})),
  links: v.array(v.looseObject({url: v.string(), kind: v.string()})),
  problems: v.array(v.looseObject({ruleId: v.string(), reason: v.string()}))
});

/** One source's entry in the check store. */
export const checkEntrySchema = v.object({
  hash: v.string(),
  view: v.string(),
  facts: v.pipe(factsSchema, v.transform((facts) => facts as unknown as FileFacts)),
  messages: v.pipe(v.array(messageSchema), v.transform((messages) => messages as SerializedMessage[]))
});

/** The check store: entries are read one by one, so one bad entry costs only its file. */
export const checkStoreSchema = v.object({
  around: v.optional(v.string()),
  files: v.record(v.string(), v.unknown())
});

/** The sources store: `[path, [size, mtimeMs, ctimeMs, ino, hash]]` for each source whose stamp vouches for its bytes. */
export const sourcesStoreSchema = v.array(v.tuple([v.string(), v.tuple([v.number(), v.number(), v.number(), v.number(), v.string()])]));

const origin = v.variant('kind', [
  v.object({kind: v.literal('page'), source: v.string()}),
  v.object({kind: v.literal('alias'), source: v.string(), alias: v.string()}),
  v.object({kind: v.literal('asset'), path: v.string()}),
  v.object({kind: v.literal('site'), what: v.string()})
]);

const range = v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.number(), v.integer(), v.minValue(0))]);

/** One source's entry in the render store's index; its bytes are in `blob`, at the ranges given. */
export const storedRenderSchema = v.object({
  hash: v.string(),
  view: v.string(),
  blob: v.pipe(v.string(), v.regex(/^[\da-f]{12}\.blob$/)),
  outputs: v.array(v.object({path: v.string(), origin, digest: v.string(), at: range})),
  published: v.array(v.object({url: v.string(), anchors: v.array(v.string()), feedId: v.optional(v.string()), source: v.optional(v.string())})),
  entry: v.optional(
    v.object({
      id: v.string(),
      title: v.string(),
      url: v.string(),
      published: v.string(),
      updated: v.string(),
      summary: v.optional(v.string()),
      xmlAt: range,
      xmlDigest: v.string()
    })
  ),
  seal: v.string()
});

/** Which ranges (`start:end:digest`) of which blob were checked, and the blob's `[size, mtimeMs, ctimeMs, ino]` then. */
export const verifiedBlobsSchema = v.array(v.tuple([v.string(), v.tuple([v.number(), v.number(), v.number(), v.number()]), v.array(v.string())]));

/** The render store's index: entries are read one by one. */
export const renderIndexSchema = v.record(v.string(), v.unknown());

const buildFolder = v.object({
  site: v.string(),
  files: v.record(v.string(), v.object({digest: v.string(), size: v.number(), mtimeMs: v.number()})),
  folders: v.optional(v.record(v.string(), v.tuple([v.number(), v.number(), v.number()])))
});

/** What the last build wrote (`writeOutput` checks that its names stay inside the output folder). */
export const writtenRecordSchema = v.object({outDir: v.string(), live: buildFolder, spare: v.optional(buildFolder)});
