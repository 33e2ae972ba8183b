import * as v from 'valibot';
import {isValidTimeZone} from '../dates.js';
import {isHeadingIdProfile} from '../slugs/choose.js';
import {headingIdProfiles, type HeadingIdProfile} from '../slugs/rule.js';
import {isShareImage} from './share-image.js';
import {baseUrlProblem, emailProblem, feedPathProblem, languageProblem, textProblem, uriProblem} from './site-values.js';
import {isText, nav, permalink, sections} from './url-settings.js';
import {pathTo} from './validate.js';
import {firstProblem, isRecord, mapping, quoted, text, typeName} from './values.js';

// `site.yaml`: every key but `title`, `baseUrl` and `author` has a default.

/** `Unexpected \`key\` \`value\`, expected …` when `problem` finds something wrong with a text value. */
function expect(key: string, problem: (value: string) => string | undefined) {
  return (value: string): string | undefined => {
    if (value.trim() === '') return undefined;
    const reason = problem(value);
    return reason === undefined ? undefined : `Unexpected \`${key}\` \`${quoted(value)}\`, expected ${reason}`;
  };
}

/** An optional text value; blank is as good as absent. */
function optionalText(key: string, expected: string, ...checks: Array<(value: string) => string | undefined>) {
  return v.nullish(v.pipe(text((value) => `Unexpected ${typeName(value)} for \`${key}\`, expected ${expected}`), firstProblem<string>(...checks)));
}

const missingTitle = 'Unexpected missing `title`, expected the site’s title';
const title = v.nonNullish(
  v.pipe(
    text((value) => `Unexpected ${typeName(value)} for \`title\`, expected the site’s title`),
    firstProblem<string>((value) => (value.trim() === '' ? missingTitle : undefined), expect('title', textProblem))
  ),
  missingTitle
);

const urlExample = 'an absolute URL such as `https://www.example.com`';
const baseUrl = v.nonNullish(
  v.pipe(
    v.custom<string>(isText, (issue) => `Unexpected \`baseUrl\` \`${quoted(String(issue.input))}\`, expected ${urlExample}`),
    firstProblem<string>(expect('baseUrl', baseUrlProblem)),
    v.transform((url) => url.replace(/\/+$/, ''))
  ),
  `Unexpected \`baseUrl\` \`\`, expected ${urlExample}`
);

const zoneExample = 'an IANA zone such as `America/Los_Angeles`';
const timeZone = v.nullish(
  v.pipe(
    text((value) => `Unexpected ${typeName(value)} for \`timeZone\`, expected ${zoneExample}`),
    v.transform((zone) => (zone.trim() === '' ? 'UTC' : zone)),
    firstProblem<string>((zone) => (isValidTimeZone(zone) ? undefined : `Unexpected time zone \`${zone}\`, expected ${zoneExample}`))
  ),
  'UTC'
);

const missingAuthor = 'Unexpected missing `author.name`, expected the author’s name';
const authorName = (key: string) =>
  v.pipe(
    text((value) => `Unexpected ${typeName(value)} for \`${key}\`, expected the author’s name`),
    firstProblem<string>((name) => (name.trim() === '' ? missingAuthor : undefined), expect(key, textProblem))
  );

/** `author: Name`, or a mapping with `name` and, optionally, `uri` and `email`. */
const author = v.nonNullish(
  v.pipe(
    v.union(
      [
        authorName('author'),
        mapping(
          {
            name: v.nonNullish(authorName('author.name'), missingAuthor),
            uri: optionalText('author.uri', 'an absolute URL or a path on the site such as `/about/`'),
            email: optionalText('author.email', 'an email address such as `name@example.com`', expect('author.email', emailProblem))
          },
          missingAuthor
        )
      ],
      (issue) => `Unexpected ${typeName(issue.input)} for \`author\`, expected the author’s name`
    ),
    v.transform((written): {name: string; uri?: string | null | undefined; email?: string | null | undefined} => (typeof written === 'string' ? {name: written} : written))
  ),
  missingAuthor
);

function footnotePattern(key: string, fallback: string) {
  return v.nullish(
    v.pipe(
      text((value) => `Unexpected ${typeName(value)} for \`footnotes.${key}\`, expected an id pattern with \`{label}\``),
      v.transform((pattern) => (pattern.trim() === '' ? fallback : pattern)),
      firstProblem<string>((pattern) => (pattern.includes('{label}') ? undefined : `Unexpected footnote id pattern \`${pattern}\`, expected one with \`{label}\``))
    ),
    fallback
  );
}

const footnoteFields = mapping(
  {definition: footnotePattern('definition', 'fn-{label}'), reference: footnotePattern('reference', 'fnref-{label}')},
  (issue) => `Unexpected ${typeName(issue.input)} for \`footnotes\`, expected a mapping with \`definition\` and \`reference\``
);
const footnotes = v.nullish(
  v.pipe(
    footnoteFields,
    v.forward(
      v.partialCheck(
        [['definition'], ['reference']],
        (input) => input.definition !== input.reference,
        'Unexpected equal footnote id patterns, expected different ones for definitions and references'
      ),
      ['reference']
    )
  )
);

const feed = v.nullish(
  mapping(
    {
      path: optionalText('feed.path', 'a file path inside the output such as `atom.xml`', expect('feed.path', feedPathProblem)),
      entries: v.optional(
        v.custom<number>(
          (entries) => typeof entries === 'number' && Number.isInteger(entries) && entries >= 0,
          (issue) => `Unexpected \`feed.entries\` \`${String(issue.input)}\`, expected a whole number (0 for all posts)`
        )
      )
    },
    (issue) => `Unexpected ${typeName(issue.input)} for \`feed\`, expected a mapping with \`path\` and \`entries\``
  )
);

const headingIds = v.nullish(
  v.custom<HeadingIdProfile>(
    isHeadingIdProfile,
    (issue) =>
      `Unexpected \`headingIds\` \`${String(issue.input)}\`, expected the engine whose heading ids the site keeps: one of ${headingIdProfiles.map((name) => `\`${name}\``).join(', ')}`
  ),
  'github'
);

// A folder name inside the content directory: plain segments, no `.`/`..`, no leading `/`.
const folderPattern = /^(?:[\p{L}\p{N}_-][\p{L}\p{N}_. -]*\/)*[\p{L}\p{N}_-][\p{L}\p{N}_. -]*$/u;

function folderOf(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
}

/** The posts folder: `posts` by default, any folder of the content directory but `pages` and `theme`. */
const posts = v.nullish(
  v.pipe(
    v.unknown(),
    firstProblem<unknown>(
      (value) => {
        const segments = folderOf(value).split('/');
        if (folderPattern.test(folderOf(value)) && !segments.some((segment) => segment.endsWith('.') || segment.endsWith(' '))) return undefined;
        return `Unexpected \`posts\` \`${String(value)}\`, expected a folder inside the content directory such as \`posts\` or \`blog\``;
      },
      (value) => {
        const folder = folderOf(value);
        return folder === 'pages' || folder.split('/')[0] === 'theme' ? `Unexpected \`posts\` \`${folder}\`, expected a folder other than \`pages\` and \`theme\`` : undefined;
      }
    ),
    v.transform(folderOf)
  ),
  'posts'
);

const fields = mapping(
  {
    title,
    description: optionalText('description', 'text', expect('description', textProblem)),
    baseUrl,
    language: optionalText('language', 'a language tag such as `en` or `en-US`', expect('language', languageProblem)),
    timeZone,
    author,
    footnotes,
    feed,
    headingIds,
    posts,
    // Rule settings stay raw: the lint package validates them.
    rules: v.nullish(v.custom<Record<string, unknown>>(isRecord, 'Unexpected `rules` that is not a mapping, expected `rule-id: off | warn | error` lines')),
    published: v.optional(
      v.custom<string>(
        isText,
        (issue) => `Unexpected \`published\` \`${String(issue.input)}\`, expected the URL or file of the deployed site’s \`permalinks.json\`, or \`none\``
      )
    ),
    permalink,
    sections,
    nav,
    image: v.nullish(
      v.custom<string>(isShareImage, (issue) => `Unexpected \`image\` \`${String(issue.input)}\`, expected a site path such as \`/images/cover.jpg\` or an absolute URL`)
    )
  },
  'Unexpected `site.yaml` that is not a mapping, expected `key: value` lines'
);

/** The schema of `site.yaml`. */
export const siteConfigSchema = v.pipe(
  fields,
  // A path on the site resolves against `baseUrl`: check it once both are known good.
  v.rawCheck<v.InferOutput<typeof fields>>(({dataset, addIssue}) => {
    const inError = (dataset.issues ?? []).some((issue) => ['baseUrl', 'author'].includes(String(issue.path?.[0]?.key)));
    // The value as read so far, even when another key is in error.
    const value: unknown = dataset.value;
    if (inError || !isRecord(value) || !isRecord(value.author) || typeof value.baseUrl !== 'string') return;
    const uri = value.author.uri;
    const problem = isText(uri) ? uriProblem(uri, value.baseUrl) : undefined;
    if (isText(uri) && problem !== undefined) addIssue({message: `Unexpected \`author.uri\` \`${quoted(uri)}\`, expected ${problem}`, path: pathTo('author', 'uri')});
  })
);

export type SiteConfigInput = v.InferOutput<typeof siteConfigSchema>;
