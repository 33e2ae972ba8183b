import type {Position} from 'unist';
import {checkPermalinkPattern, staticPrefixOf} from './permalink-pattern.js';
import type {NavLink, Problem, SiteConfig, SiteSection} from './types.js';
import type {YamlField, YamlMapping} from './yaml-mapping.js';

const ruleId = 'site-config';

/** The keys of `site.yaml` that shape URLs: `permalink`, `sections`, `nav`. */
export type UrlSettings = Pick<SiteConfig, 'permalink' | 'sections' | 'nav'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Where the character at `index` of a one-line scalar value is, so a bad
 * token is underlined where it was written (after an opening quote).
 */
function within(source: string, field: YamlField, index: number, length: number): Position {
  const {start, end} = field.valuePosition;
  if (start.line !== end.line || start.offset === undefined) return field.valuePosition;
  const quote = source[start.offset] === '"' || source[start.offset] === "'" ? 1 : 0;
  const column = start.column + quote + index;
  return {start: {line: start.line, column, offset: start.offset + quote + index}, end: {line: start.line, column: column + length, offset: start.offset + quote + index + length}};
}

function readPermalink(source: string, field: YamlField, problems: Problem[]): string | undefined {
  const pattern = field.value;
  if (typeof pattern !== 'string') {
    problems.push({ruleId, reason: 'Unexpected `permalink` that is not text, expected a pattern such as `/:year/:month/:day/:slug/`', position: field.valuePosition});
    return undefined;
  }
  const problem = checkPermalinkPattern(pattern);
  if (problem) {
    problems.push({ruleId, reason: problem.reason, position: within(source, field, problem.index, problem.length)});
    return undefined;
  }
  return pattern;
}

/** A site path for an index page or a nav link: `/…/`, nothing a browser would read otherwise. */
function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !/[\s?#\\]/.test(url) && !url.split('/').some((segment) => segment === '.' || segment === '..');
}

function readSections(field: YamlField, problems: Problem[]): SiteSection[] | undefined {
  if (!Array.isArray(field.value)) {
    problems.push({ruleId, reason: 'Unexpected `sections` that is not a list, expected a list of `{folder, title}` mappings', position: field.valuePosition});
    return undefined;
  }
  const sections: SiteSection[] = [];
  const seen = new Set<string>();
  field.value.forEach((item: unknown, index) => {
    const position = field.itemPositions[index] ?? field.valuePosition;
    const fail = (reason: string): void => {
      problems.push({ruleId, reason, position});
    };
    if (!isRecord(item)) return fail('Unexpected section that is not a mapping, expected `{folder: name, title: Title}`');
    const folder = text(item.folder);
    const title = text(item.title);
    if (!folder || !/^[^/\\.][^/\\]*$/.test(folder)) return fail(`Unexpected section \`folder\` \`${String(item.folder ?? '')}\`, expected the name of a folder of posts, such as \`inside-rust\``);
    if (!title) return fail(`Unexpected missing \`title\` for section \`${folder}\`, expected the title of its index page`);
    if (seen.has(folder)) return fail(`Unexpected second section for folder \`${folder}\`, expected one section per folder`);
    seen.add(folder);
    const permalink = text(item.permalink) ?? `/${folder}/:year/:month/:day/:slug/`;
    const problem = checkPermalinkPattern(permalink, 'permalink');
    if (problem) return fail(`${problem.reason} (section \`${folder}\`)`);
    const url = text(item.url) ?? staticPrefixOf(permalink);
    if (!isSitePath(url) || !url.endsWith('/') || url === '/') return fail(`Unexpected section \`url\` \`${url}\`, expected the site path of its index page, such as \`/${folder}/\``);
    sections.push({folder, title, permalink, url});
  });
  return sections;
}

function readNav(field: YamlField, problems: Problem[]): NavLink[] | undefined {
  if (!Array.isArray(field.value)) {
    problems.push({ruleId, reason: 'Unexpected `nav` that is not a list, expected a list of `{title, url}` mappings', position: field.valuePosition});
    return undefined;
  }
  const nav: NavLink[] = [];
  field.value.forEach((item: unknown, index) => {
    const position = field.itemPositions[index] ?? field.valuePosition;
    const title = isRecord(item) ? text(item.title) : undefined;
    const url = isRecord(item) ? text(item.url) : undefined;
    if (!title || !url || !(isSitePath(url) || /^https?:\/\/\S+$/i.test(url))) {
      problems.push({ruleId, reason: 'Unexpected `nav` entry, expected `{title: About, url: /about/}` with a site path or an `https:` URL', position});
      return;
    }
    nav.push({title, url, position});
  });
  return nav;
}

/** Read `permalink`, `sections` and `nav` of `site.yaml`; absent keys stay absent. */
export function readUrlSettings(source: string, mapping: YamlMapping, problems: Problem[]): UrlSettings {
  const settings: UrlSettings = {};
  const permalink = mapping.fields.get('permalink');
  const sections = mapping.fields.get('sections');
  const nav = mapping.fields.get('nav');
  if (permalink && permalink.value !== null) {
    const pattern = readPermalink(source, permalink, problems);
    if (pattern !== undefined) settings.permalink = pattern;
  }
  if (sections && sections.value !== null) {
    const read = readSections(sections, problems);
    if (read) settings.sections = read;
  }
  if (nav && nav.value !== null) {
    const read = readNav(nav, problems);
    if (read) settings.nav = read;
  }
  return settings;
}
