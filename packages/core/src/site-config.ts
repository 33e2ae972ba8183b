import type {Position} from 'unist';
import {parseYamlSource} from './schema/from-yaml.js';
import {siteConfigSchema} from './schema/site-config.js';
import {nodeAt} from './schema/source-node.js';
import {validateNode} from './schema/validate.js';
import type {Problem, SiteConfig} from './types.js';

const ruleId = 'site-config';
const start = {line: 1, column: 1, offset: 0};

export interface SiteConfigResult {
  config?: SiteConfig;
  problems: Problem[];
}

/** Where the value at `path` (`['feed', 'path']`, `['nav', 2, 'url']`) is written in `site.yaml`, if it is. */
export function siteValuePosition(source: string, path: Array<string | number>): Position | undefined {
  return nodeAt(parseYamlSource(source, start).root, path)?.position;
}

function nonBlank(value: string | null | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Read `site.yaml`; every field but `title`, `baseUrl` and `author` has a default. */
export function readSiteConfig(source: string): SiteConfigResult {
  const document = parseYamlSource(source, start);
  if (document.syntaxError) return {problems: [{ruleId, ...document.syntaxError}]};
  const {value, problems} = validateNode(siteConfigSchema, document.root, document.position, ruleId);
  if (!value) return {problems};
  const config: SiteConfig = {
    title: value.title,
    description: nonBlank(value.description) ?? '',
    baseUrl: value.baseUrl,
    language: nonBlank(value.language) ?? 'en',
    timeZone: value.timeZone,
    author: {name: value.author.name},
    footnotes: {definition: value.footnotes?.definition ?? 'fn-{label}', reference: value.footnotes?.reference ?? 'fnref-{label}'},
    feed: {path: nonBlank(value.feed?.path) ?? 'atom.xml', entries: value.feed?.entries ?? 0},
    headingIds: value.headingIds,
    posts: value.posts,
    rules: value.rules ?? {}
  };
  if (value.permalink != null) config.permalink = value.permalink;
  if (value.sections != null) config.sections = value.sections;
  // Each link keeps where it was written, for a message about where it leads.
  if (value.nav != null) config.nav = value.nav.map(({title, url}, index) => ({title, url, position: nodeAt(document.root, ['nav', index])?.position ?? document.position}));
  if (value.image != null) config.image = value.image;
  if (value.published !== undefined) config.published = value.published;
  const uri = nonBlank(value.author.uri);
  const email = nonBlank(value.author.email);
  if (uri) config.author.uri = uri;
  if (email) config.author.email = email;
  return {config, problems};
}
