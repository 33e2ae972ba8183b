import {isValidTimeZone} from './dates.js';
import {isHeadingIdProfile} from './slugs/choose.js';
import {headingIdProfiles, type HeadingIdProfile} from './slugs/rule.js';
import type {Problem, SiteConfig} from './types.js';
import {readUrlSettings} from './url-config.js';
import type {Position} from 'unist';
import {isNode, parseDocument} from 'yaml';
import {baseUrlProblem, emailProblem, feedPathProblem, languageProblem, textProblem, uriProblem} from './site-values.js';
import {createPositionMapper} from './source-position.js';
import {isShareImage} from './share-image.js';
import {readYamlMapping, type YamlMapping} from './yaml-mapping.js';

const ruleId = 'site-config';

export interface SiteConfigResult {
  config?: SiteConfig;
  problems: Problem[];
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A value as a message quotes it: controls as `\\u` escapes, and long values cut. */
function quoted(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return shown.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Where the value at `path` (`['feed', 'path']`) is written in `site.yaml`, if it is. */
export function siteValuePosition(source: string, path: string[]): Position | undefined {
  const node = parseDocument(source).getIn(path, true);
  const range = isNode(node) ? node.range : undefined;
  return range ? createPositionMapper(source, {line: 1, column: 1, offset: 0})(range[0], range[1]) : undefined;
}

// A folder name inside the content directory: plain segments, no `.`/`..`, no leading `/`.
const folderPattern = /^(?:[\p{L}\p{N}_-][\p{L}\p{N}_. -]*\/)*[\p{L}\p{N}_-][\p{L}\p{N}_. -]*$/u;

/** The posts folder: `posts` by default, any folder of the content directory but `pages`. */
function postsFolder(value: unknown, fail: (reason: string) => void): string {
  if (value === undefined || value === null) return 'posts';
  const folder = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
  const segments = folder.split('/');
  if (!folderPattern.test(folder) || segments.some((segment) => segment.endsWith('.') || segment.endsWith(' '))) {
    fail(`Unexpected \`posts\` \`${String(value)}\`, expected a folder inside the content directory such as \`posts\` or \`blog\``);
    return 'posts';
  }
  if (folder === 'pages' || segments[0] === 'theme') {
    fail(`Unexpected \`posts\` \`${folder}\`, expected a folder other than \`pages\` and \`theme\``);
    return 'posts';
  }
  return folder;
}

/** Read `site.yaml`; every field but `title` and `baseUrl` has a default. */
export function readSiteConfig(source: string): SiteConfigResult {
  const mapping: YamlMapping = readYamlMapping(source, {line: 1, column: 1, offset: 0}, ruleId);
  const problems = [...mapping.problems];
  if (problems.length > 0) return {problems};
  const get = (key: string): unknown => mapping.fields.get(key)?.value;
  const at = (key: string) => mapping.fields.get(key)?.valuePosition ?? mapping.position;
  const fail = (key: string, reason: string): void => {
    problems.push({ruleId, reason, position: at(key)});
  };
  /** Where a nested value (`feed.path`) was written, else its top-level key's value. */
  const atPath = (path: string[]) => siteValuePosition(source, path) ?? at(path[0] ?? '');
  /** Report `value` of `key` (dotted when nested) when `problem` finds something wrong with it. */
  const validate = (key: string, value: string | undefined, problem: (value: string) => string | undefined): void => {
    if (value === undefined) return;
    const reason = problem(value);
    if (reason !== undefined) problems.push({ruleId, reason: `Unexpected \`${key}\` \`${quoted(value)}\`, expected ${reason}`, position: atPath(key.split('.'))});
  };

  const title = text(get('title'));
  if (!title) fail('title', 'Unexpected missing `title`, expected the site’s title');
  const rawBase = text(get('baseUrl'));
  let baseUrl = '';
  if (!rawBase || baseUrlProblem(rawBase) !== undefined) {
    fail('baseUrl', `Unexpected \`baseUrl\` \`${quoted(String(get('baseUrl') ?? ''))}\`, expected ${rawBase === undefined ? 'an absolute URL such as `https://www.example.com`' : baseUrlProblem(rawBase)}`);
  } else {
    baseUrl = rawBase.replace(/\/+$/, '');
  }
  const timeZone = text(get('timeZone')) ?? 'UTC';
  if (!isValidTimeZone(timeZone)) fail('timeZone', `Unexpected time zone \`${timeZone}\`, expected an IANA zone such as \`America/Los_Angeles\``);

  const author = record(get('author'));
  const authorName = text(author.name) ?? text(get('author'));
  if (!authorName) fail('author', 'Unexpected missing `author.name`, expected the author’s name');

  validate('title', title, textProblem);
  validate('description', text(get('description')), textProblem);
  validate(text(author.name) === undefined ? 'author' : 'author.name', authorName, textProblem);
  validate('author.email', text(author.email), emailProblem);
  if (baseUrl !== '') validate('author.uri', text(author.uri), (uri) => uriProblem(uri, baseUrl));
  validate('language', text(get('language')), languageProblem);

  const footnotes = record(get('footnotes'));
  const definition = text(footnotes.definition) ?? 'fn-{label}';
  const reference = text(footnotes.reference) ?? 'fnref-{label}';
  for (const pattern of [definition, reference]) {
    if (!pattern.includes('{label}')) fail('footnotes', `Unexpected footnote id pattern \`${pattern}\`, expected one with \`{label}\``);
  }
  if (definition === reference) fail('footnotes', 'Unexpected equal footnote id patterns, expected different ones for definitions and references');

  const feed = record(get('feed'));
  const feedPath = text(feed.path) ?? 'atom.xml';
  validate('feed.path', text(feed.path), feedPathProblem);
  const entries = feed.entries === undefined ? 0 : feed.entries;
  if (typeof entries !== 'number' || !Number.isInteger(entries) || entries < 0) {
    fail('feed', `Unexpected \`feed.entries\` \`${String(entries)}\`, expected a whole number (0 for all posts)`);
  }

  const writtenHeadingIds = get('headingIds') ?? 'github';
  let headingIds: HeadingIdProfile = 'github';
  if (isHeadingIdProfile(writtenHeadingIds)) headingIds = writtenHeadingIds;
  else {
    const names = headingIdProfiles.map((name) => `\`${name}\``).join(', ');
    fail('headingIds', `Unexpected \`headingIds\` \`${String(writtenHeadingIds)}\`, expected the engine whose heading ids the site keeps: one of ${names}`);
  }
  const posts = postsFolder(get('posts'), (reason) => fail('posts', reason));

  const rules = get('rules');
  if (rules !== undefined && rules !== null && (typeof rules !== 'object' || Array.isArray(rules))) {
    fail('rules', 'Unexpected `rules` that is not a mapping, expected `rule-id: off | warn | error` lines');
  }

  if (get('published') !== undefined && text(get('published')) === undefined) {
    fail('published', `Unexpected \`published\` \`${String(get('published'))}\`, expected the URL or file of the deployed site’s \`permalinks.json\`, or \`none\``);
  }
  const urlSettings = readUrlSettings(source, mapping, problems);

  const image = get('image');
  if (image !== undefined && image !== null && !isShareImage(image)) {
    fail('image', `Unexpected \`image\` \`${String(image)}\`, expected a site path such as \`/images/cover.jpg\` or an absolute URL`);
  }

  if (problems.length > 0 || !title || !authorName) return {problems};
  const config: SiteConfig = {
    ...urlSettings,
    title,
    description: text(get('description')) ?? '',
    baseUrl,
    language: text(get('language')) ?? 'en',
    timeZone,
    author: {name: authorName},
    footnotes: {definition, reference},
    feed: {path: feedPath, entries: typeof entries === 'number' ? entries : 0},
    headingIds,
    posts,
    rules: record(get('rules'))
  };
  if (typeof image === 'string') config.image = image;
  const published = text(get('published'));
  if (published !== undefined) config.published = published;
  const uri = text(author.uri);
  const email = text(author.email);
  if (uri) config.author.uri = uri;
  if (email) config.author.email = email;
  return {config, problems};
}
