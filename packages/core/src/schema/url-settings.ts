import * as v from 'valibot';
import {checkPermalinkPattern, staticPrefixOf} from '../permalink-pattern.js';
import type {SiteSection} from '../types.js';
import {pathInText, pathTo} from './validate.js';
import {firstProblem, isRecord, mapping, text, typeName} from './values.js';

// The keys of `site.yaml` that shape URLs: `permalink`, `sections`, `nav`.

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A site path for an index page or a nav link: `/…/`, nothing a browser would read otherwise. */
function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !/[\s?#\\]/.test(url) && !url.split('/').some((segment) => segment === '.' || segment === '..');
}

/** A bad token is underlined where it was written in the pattern. */
export const permalink = v.nullish(
  v.pipe(
    v.string('Unexpected `permalink` that is not text, expected a pattern such as `/:year/:month/:day/:slug/`'),
    v.rawCheck<string>(({dataset, addIssue}) => {
      if (!dataset.typed) return;
      const problem = checkPermalinkPattern(dataset.value);
      if (problem) addIssue({message: problem.reason, path: pathInText(problem.index, problem.length)});
    })
  )
);

function folderMessage(folder: unknown): string {
  return `Unexpected section \`folder\` \`${String(folder ?? '')}\`, expected the name of a folder of posts, such as \`inside-rust\``;
}

const sectionText = (key: string, expected: string) => v.nullish(text((value) => `Unexpected ${typeName(value)} for section \`${key}\`, expected ${expected}`));

const sectionFields = mapping(
  {
    folder: v.nonNullish(
      v.pipe(
        v.unknown(),
        firstProblem<unknown>((folder) => (isText(folder) && /^[^/\\.][^/\\]*$/.test(folder) ? undefined : folderMessage(folder)))
      ),
      folderMessage('')
    ),
    title: v.optional(v.unknown()),
    permalink: sectionText('permalink', 'a pattern such as `/inside-rust/:year/:month/:day/:slug/`'),
    url: sectionText('url', 'the site path of its index page, such as `/inside-rust/`')
  },
  'Unexpected section that is not a mapping, expected `{folder: name, title: Title}`'
);

/** A folder of posts with its own pattern (default: under the folder) and index page (default: the pattern's folder). */
const section = v.pipe(
  sectionFields,
  v.forward(
    v.partialCheck(
      [['folder']],
      (input) => isText((input as {title?: unknown}).title),
      (issue) => `Unexpected missing \`title\` for section \`${String((issue.input as {folder?: unknown}).folder)}\`, expected the title of its index page`
    ),
    ['title']
  ),
  v.rawTransform(({dataset, addIssue, NEVER}) => {
    const {folder, title} = dataset.value as {folder: string; title: string};
    const permalink = isText(dataset.value.permalink) ? dataset.value.permalink : `/${folder}/:year/:month/:day/:slug/`;
    const problem = checkPermalinkPattern(permalink, 'permalink');
    if (problem) {
      addIssue({message: `${problem.reason} (section \`${folder}\`)`, path: pathTo('permalink')});
      return NEVER;
    }
    const url = isText(dataset.value.url) ? dataset.value.url : staticPrefixOf(permalink);
    if (!isSitePath(url) || !url.endsWith('/') || url === '/') {
      addIssue({message: `Unexpected section \`url\` \`${url}\`, expected the site path of its index page, such as \`/${folder}/\``, path: pathTo('url')});
      return NEVER;
    }
    const read: SiteSection = {folder, title, permalink, url};
    return read;
  })
);

export const sections = v.nullish(
  v.pipe(
    v.array(section, 'Unexpected `sections` that is not a list, expected a list of `{folder, title}` mappings'),
    v.rawCheck<SiteSection[]>(({dataset, addIssue}) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      dataset.value.forEach(({folder}, index) => {
        if (seen.has(folder)) addIssue({message: `Unexpected second section for folder \`${folder}\`, expected one section per folder`, path: pathTo(index, 'folder')});
        seen.add(folder);
      });
    })
  )
);

const navMessage = 'Unexpected `nav` entry, expected `{title: About, url: /about/}` with a site path or an `https:` URL';

/** The header's links: site paths or `http(s):` URLs, with titles. */
export const nav = v.nullish(
  v.array(
    mapping(
      {
        title: v.nonNullish(v.custom<string>(isText, navMessage), navMessage),
        url: v.nonNullish(v.custom<string>((url) => isText(url) && (isSitePath(url) || /^https?:\/\/\S+$/i.test(url)), navMessage), navMessage)
      },
      navMessage
    ),
    'Unexpected `nav` that is not a list, expected a list of `{title, url}` mappings'
  )
);

export {isRecord, isText};
