import * as v from 'valibot';
import {closest} from '../closest.js';
import {parseInstant, yearsInRange} from '../dates.js';
import {unsafeSitePath} from '../output-paths.js';
import {isShareImage} from './share-image.js';
import type {Instant} from '../types.js';
import {codePointName, unpublishableCharacter} from '../unpublishable.js';
import {pathToKey} from './validate.js';
import {firstProblem, isRecord, mapping, printable, scalarText, text, typeName} from './values.js';

// The front matter of posts and pages. Keys other than these are the
// writer's own (`tags`, `[extra]`); a near miss of one of ours is a typo.
export const postKeys = ['title', 'date', 'updated', 'slug', 'description', 'image', 'draft', 'aliases', 'explicitIds', 'url'];
export const pageKeys = ['title', 'description', 'draft'];

const notMapping = 'Unexpected front matter that is not a mapping, expected `key: value` lines';
const missingTitle = 'Unexpected missing `title`, expected a `title` in front matter or a first `#` heading';
// Letters of either case, digits, `-`, `_` and `.` (a site may have published `Rust-1.53.0`); not `.` first or last.
const slugPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/** Text in front matter: any scalar, printable; `nonEmpty` for a title. */
function frontMatterText(key: string, nonEmpty = false) {
  return v.pipe(
    scalarText((value) => `Unexpected ${typeName(value)} for \`${key}\`, expected text`),
    firstProblem<string>(
      (value) => {
        const unwanted = unpublishableCharacter.exec(value)?.[0];
        if (unwanted === undefined) return undefined;
        // A control or noncharacter written as a YAML escape (`"\u0007"`); raw ones are replaced when the file is read.
        const kind = /\p{Noncharacter_Code_Point}|[\uD800-\uDFFF]/u.test(unwanted) ? 'noncharacter' : 'control character';
        return `Unexpected ${kind} \`${codePointName(unwanted)}\` in \`${key}\`, expected printable text`;
      },
      (value) => (nonEmpty && value.trim() === '' ? `Unexpected empty \`${key}\`, expected text` : undefined)
    )
  );
}

/** A date, `YYYY-MM-DD` or RFC 3339, as a moment in the site's time zone. */
function instant(key: string, timeZone: string) {
  return v.pipe(
    text((value) => `Unexpected ${typeName(value)} for \`${key}\`, expected a date as \`YYYY-MM-DD\` or RFC 3339`),
    v.rawTransform<string, Instant>(({dataset, addIssue, NEVER}) => {
      const written = dataset.value;
      const read = parseInstant(written, timeZone);
      if (!read) {
        addIssue({message: `Unexpected date \`${written}\` for \`${key}\`, expected a real date as \`YYYY-MM-DD\` or RFC 3339 (\`2013-01-14T08:15:00-08:00\`)`});
        return NEVER;
      }
      if (!yearsInRange(read)) {
        // Outside four-digit years neither the URL nor RFC 3339 can say it.
        addIssue({
          message: `Unexpected date \`${written}\` for \`${key}\` in year \`${read.year}\` of \`${timeZone}\`, expected a moment from 0001-01-01 to 9999-12-31 both there and in UTC`
        });
        return NEVER;
      }
      return read;
    })
  );
}

function flag(key: string) {
  return v.nullish(v.boolean((issue) => `Unexpected ${typeName(issue.input)} for \`${key}\`, expected \`true\` or \`false\``), false);
}

function aliasProblem(alias: unknown): string | undefined {
  if (typeof alias !== 'string' || !alias.startsWith('/') || /[\s?#]/.test(alias)) {
    return `Unexpected alias \`${printable(String(alias))}\`, expected a URL path such as \`/old/path/\``;
  }
  const unsafe = unsafeSitePath(alias);
  return unsafe === undefined ? undefined : `Unexpected alias \`${printable(alias)}\`, expected a URL path inside the site without ${unsafe}`;
}

/** Old URLs, each with a trailing `/` unless it names an `.html` file, in the order written. */
const aliases = v.nullish(
  v.array(
    v.pipe(
      v.unknown(),
      firstProblem<unknown>(aliasProblem),
      v.transform((alias) => {
        const path = String(alias);
        return path.endsWith('/') || path.endsWith('.html') ? path : `${path}/`;
      })
    ),
    (issue) => `Unexpected ${typeName(issue.input)} for \`aliases\`, expected a list of URL paths`
  ),
  () => []
);

function slugProblem(slug: string): string | undefined {
  const shown = slug.length > 40 ? `${slug.slice(0, 40)}…` : slug;
  if (!slugPattern.test(slug) || slug.includes('..')) {
    return `Unexpected slug \`${printable(shown)}\`, expected letters, digits, \`-\`, \`_\` and \`.\` (not first or last, never \`..\`)`;
  }
  const unsafe = unsafeSitePath(`/${slug}/`);
  return unsafe === undefined ? undefined : `Unexpected slug \`${shown}\`, expected a slug without ${unsafe}`;
}

/**
 * A post's `url:`, the whole site path it is published at (the site's
 * `permalink` pattern then does not apply): `/2019/01/01/cap/` or `/cap.html`.
 */
function urlProblem(url: string): string | undefined {
  const plain = url.startsWith('/') && !url.startsWith('//') && !/[\s?#\\]/.test(url) && !url.includes('//');
  const dotted = url.split('/').some((segment) => segment === '.' || segment === '..');
  if (plain && !dotted && (url.endsWith('/') || url.endsWith('.html'))) return undefined;
  return `Unexpected \`url\` \`${url}\`, expected a site path ending in \`/\` or \`.html\` such as \`/2013/01/14/cap/\``;
}

function imageProblem(image: string): string | undefined {
  return isShareImage(image) ? undefined : `Unexpected \`image\` \`${image}\`, expected a site path such as \`/images/cover.jpg\` or an absolute URL`;
}

/** A near miss of a known key would be ignored: report it at the key. */
function knownKeys<T extends Record<string, unknown>>(known: string[]) {
  return v.rawCheck<T>(({dataset, addIssue}) => {
    // The value as read, even when a key of it is in error.
    const value: unknown = dataset.value;
    for (const key of isRecord(value) ? Object.keys(value) : []) {
      if (known.includes(key)) continue;
      const suggestion = closest(key, known);
      if (suggestion) addIssue({message: `Unexpected unknown key \`${key}\`, expected a known key; did you mean \`${suggestion}\`?`, path: pathToKey(key)});
    }
  });
}

function title(hasFallback: boolean) {
  // Without `title`, the first `#` heading names the page (as VuePress does).
  return hasFallback ? v.nullish(frontMatterText('title', true)) : v.nonNullish(frontMatterText('title', true), missingTitle);
}

export interface PostSchemaOptions {
  /** The site's time zone, that dates without an offset are in. */
  timeZone: string;
  /** The slug the file name gives. */
  fileSlug: string;
  /** Whether a first `#` heading can stand for a missing `title`. */
  hasFallbackTitle: boolean;
}

/** The front matter of a post. */
export function postSchema(options: PostSchemaOptions) {
  const fields = mapping(
      {
        title: title(options.hasFallbackTitle),
        date: v.nonNullish(instant('date', options.timeZone), 'Unexpected missing `date`, expected a `date` (`YYYY-MM-DD` or RFC 3339) in front matter'),
        updated: v.nullish(instant('updated', options.timeZone)),
        description: v.nullish(frontMatterText('description')),
        image: v.nullish(v.pipe(frontMatterText('image'), firstProblem(imageProblem))),
        draft: flag('draft'),
        explicitIds: flag('explicitIds'),
        aliases,
        // An empty `slug:` keeps the file name's.
        slug: v.pipe(v.nullish(frontMatterText('slug'), options.fileSlug), firstProblem(slugProblem)),
        url: v.nullish(v.pipe(frontMatterText('url'), firstProblem(urlProblem)))
      },
      notMapping
    );
  return v.pipe(
    fields,
    knownKeys<v.InferOutput<typeof fields>>(postKeys),
    v.forward(
      v.partialCheck(
        [['date'], ['updated']],
        (input) => !(input.date && input.updated && input.updated.epochMs < input.date.epochMs),
        (issue) => `Unexpected \`updated\` \`${(issue.input as {updated: Instant}).updated.rfc3339}\` before \`date\`, expected a moment on or after it`
      ),
      ['updated']
    )
  );
}

/** The front matter of a standalone page. */
export function pageSchema(options: {hasFallbackTitle: boolean}) {
  const fields = mapping({title: title(options.hasFallbackTitle), description: v.nullish(frontMatterText('description')), draft: flag('draft')}, notMapping);
  return v.pipe(fields, knownKeys<v.InferOutput<typeof fields>>(pageKeys));
}
