import type {Position} from 'unist';
import {pageSchema, postSchema} from './schema/front-matter.js';
import {validateNode} from './schema/validate.js';
import type {OutputPlaces, PageMeta, PostMeta, Problem, SiteConfig} from './types.js';
import type {YamlMapping} from './yaml-mapping.js';

const ruleId = 'front-matter';

/** The slug a file name gives: the name without `.md` and a leading `YYYY-MM-DD-`, its case and dots kept. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
  return base.replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

export interface MetaOptions {
  /** The title when front matter has none: the first `#` heading's text. */
  fallbackTitle?: string;
}

export interface MetaResult<T> {
  meta?: T;
  /** Where what decides the output paths was written. */
  places?: OutputPlaces;
  problems: Problem[];
}

function byAlias(a: {alias: string}, b: {alias: string}): number {
  return a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0;
}

/** Validate a post's front matter against the schema. */
export function readPostMeta(mapping: YamlMapping, path: string, site: SiteConfig, options: MetaOptions = {}): MetaResult<PostMeta> {
  if (mapping.problems.length > 0) return {problems: mapping.problems};
  const schema = postSchema({timeZone: site.timeZone, fileSlug: slugFromFileName(path), hasFallbackTitle: options.fallbackTitle !== undefined});
  const {value, problems} = validateNode(schema, mapping.root, mapping.position, ruleId);
  const title = value?.title ?? options.fallbackTitle;
  if (!value || title === undefined) return {problems};
  const {fields} = mapping;
  // Sorted, each alias with where it was written.
  const itemPositions = fields.get('aliases')?.itemPositions ?? [];
  const placedAliases = value.aliases
    .map((alias, index): {alias: string; position: Position} => ({alias, position: itemPositions[index] ?? fields.get('aliases')?.valuePosition ?? mapping.position}))
    .sort(byAlias);
  const meta: PostMeta = {title, date: value.date, slug: value.slug, draft: value.draft, aliases: placedAliases.map(({alias}) => alias), explicitIds: value.explicitIds};
  if (value.url != null) meta.url = value.url;
  if (value.updated != null) meta.updated = value.updated;
  if (value.description != null) meta.description = value.description;
  if (value.image != null) meta.image = value.image;
  const urlPosition = fields.get('slug')?.valuePosition ?? fields.get('date')?.valuePosition ?? mapping.position;
  return {meta, places: {url: urlPosition, aliases: placedAliases}, problems: []};
}

/** Validate a standalone page's front matter. */
export function readPageMeta(mapping: YamlMapping, options: MetaOptions = {}): MetaResult<PageMeta> {
  if (mapping.problems.length > 0) return {problems: mapping.problems};
  const {value, problems} = validateNode(pageSchema({hasFallbackTitle: options.fallbackTitle !== undefined}), mapping.root, mapping.position, ruleId);
  const title = value?.title ?? options.fallbackTitle;
  if (!value || title === undefined) return {problems};
  const meta: PageMeta = {title, draft: value.draft};
  if (value.description != null) meta.description = value.description;
  return {meta, problems: []};
}
