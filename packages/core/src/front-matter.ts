import type {Position} from 'unist';
import {closest} from './closest.js';
import {parseInstant, yearsInRange} from './dates.js';
import {unsafeSitePath} from './output-paths.js';
import {isShareImage} from './share-image.js';
import {codePointName, unpublishableCharacter} from './unpublishable.js';
import type {Instant, OutputPlaces, PageMeta, PostMeta, Problem, SiteConfig} from './types.js';
import type {YamlField, YamlMapping} from './yaml-mapping.js';

const ruleId = 'front-matter';
const postKeys = ['title', 'date', 'updated', 'slug', 'description', 'image', 'draft', 'aliases', 'explicitIds', 'url'];
const pageKeys = ['title', 'description', 'draft'];
// Letters of either case, digits, `-`, `_` and `.` (a site may have published `Rust-1.53.0`); not `.` first or last.
const slugPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u;

/** A value as a message may quote it: controls as `\\u` escapes, so the report stays one readable line. */
function printable(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  return typeof value;
}

class FieldReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly mapping: YamlMapping,
    readonly known: string[]
  ) {
    for (const field of mapping.fields.values()) {
      if (known.includes(field.key)) continue;
      const suggestion = closest(field.key, known);
      // Writers may keep keys of their own; a near-miss of ours is a typo that would be ignored.
      if (suggestion) {
        this.report(
          `Unexpected unknown key \`${field.key}\`, expected a known key; did you mean \`${suggestion}\`?`,
          field.keyPosition
        );
      }
    }
  }

  report(reason: string, position: Position): void {
    this.problems.push({ruleId, reason, position});
  }

  field(key: string): YamlField | undefined {
    return this.mapping.fields.get(key);
  }

  text(key: string, required: boolean): string | undefined {
    const field = this.field(key);
    if (!field || field.value === null || field.value === undefined) {
      if (required) {
        this.report(`Unexpected missing \`${key}\`, expected a \`${key}\` in front matter`, field?.keyPosition ?? this.mapping.position);
      }
      return undefined;
    }
    const value = field.value;
    if (!field.scalar || typeof value === 'object') {
      this.report(`Unexpected ${typeName(value)} for \`${key}\`, expected text`, field.valuePosition);
      return undefined;
    }
    const text = String(value);
    const unwanted = unpublishableCharacter.exec(text)?.[0];
    if (unwanted !== undefined) {
      // A control or noncharacter written as a YAML escape (`"\u0007"`); raw ones are replaced when the file is read.
      const kind = /\p{Noncharacter_Code_Point}|[\uD800-\uDFFF]/u.test(unwanted) ? 'noncharacter' : 'control character';
      this.report(`Unexpected ${kind} \`${codePointName(unwanted)}\` in \`${key}\`, expected printable text`, field.valuePosition);
      return undefined;
    }
    if (required && text.trim() === '') {
      this.report(`Unexpected empty \`${key}\`, expected text`, field.valuePosition);
      return undefined;
    }
    return text;
  }

  boolean(key: string): boolean {
    const field = this.field(key);
    if (!field || field.value === null) return false;
    if (typeof field.value !== 'boolean') {
      this.report(`Unexpected ${typeName(field.value)} for \`${key}\`, expected \`true\` or \`false\``, field.valuePosition);
      return false;
    }
    return field.value;
  }

  instant(key: string, required: boolean, timeZone: string): Instant | undefined {
    const field = this.field(key);
    if (!field || field.value === null) {
      if (required) {
        this.report(`Unexpected missing \`${key}\`, expected a \`${key}\` (\`YYYY-MM-DD\` or RFC 3339) in front matter`, field?.keyPosition ?? this.mapping.position);
      }
      return undefined;
    }
    if (typeof field.value !== 'string') {
      this.report(`Unexpected ${typeName(field.value)} for \`${key}\`, expected a date as \`YYYY-MM-DD\` or RFC 3339`, field.valuePosition);
      return undefined;
    }
    const instant = parseInstant(field.value, timeZone);
    if (!instant) {
      this.report(`Unexpected date \`${field.value}\` for \`${key}\`, expected a real date as \`YYYY-MM-DD\` or RFC 3339 (\`2013-01-14T08:15:00-08:00\`)`, field.valuePosition);
      return undefined;
    }
    if (!yearsInRange(instant)) {
      // Outside four-digit years neither the URL nor RFC 3339 can say it.
      this.report(
        `Unexpected date \`${field.value}\` for \`${key}\` in year \`${instant.year}\` of \`${timeZone}\`, expected a moment from 0001-01-01 to 9999-12-31 both there and in UTC`,
        field.valuePosition
      );
      return undefined;
    }
    return instant;
  }

  /** The aliases, sorted, each with where it was written. */
  aliases(): Array<{alias: string; position: Position}> {
    const field = this.field('aliases');
    if (!field || field.value === null) return [];
    if (!Array.isArray(field.value)) {
      this.report(`Unexpected ${typeName(field.value)} for \`aliases\`, expected a list of URL paths`, field.valuePosition);
      return [];
    }
    const aliases: Array<{alias: string; position: Position}> = [];
    field.value.forEach((alias: unknown, index) => {
      const position = field.itemPositions[index] ?? field.valuePosition;
      if (typeof alias !== 'string' || !alias.startsWith('/') || /[\s?#]/.test(alias)) {
        this.report(`Unexpected alias \`${printable(String(alias))}\`, expected a URL path such as \`/old/path/\``, position);
        return;
      }
      const unsafe = unsafeSitePath(alias);
      if (unsafe !== undefined) {
        this.report(`Unexpected alias \`${printable(alias)}\`, expected a URL path inside the site without ${unsafe}`, position);
        return;
      }
      aliases.push({alias: alias.endsWith('/') || alias.endsWith('.html') ? alias : `${alias}/`, position});
    });
    return aliases.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  }
}

/** The slug a file name gives: the name without `.md` and a leading `YYYY-MM-DD-`, its case and dots kept. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
  return base.replace(/^\d{4}-\d{2}-\d{2}-/, '');
}

/**
 * A post's `url:`, the whole site path it is published at (the site's
 * `permalink` pattern then does not apply): `/2019/01/01/cap/` or `/cap.html`.
 */
function readUrl(reader: FieldReader): string | undefined {
  const field = reader.field('url');
  const url = reader.text('url', false);
  if (url === undefined || !field) return undefined;
  const plain = url.startsWith('/') && !url.startsWith('//') && !/[\s?#\\]/.test(url) && !url.includes('//');
  const segments = url.split('/');
  if (!plain || segments.some((segment) => segment === '.' || segment === '..') || !(url.endsWith('/') || url.endsWith('.html'))) {
    reader.report(`Unexpected \`url\` \`${url}\`, expected a site path ending in \`/\` or \`.html\` such as \`/2013/01/14/cap/\``, field.valuePosition);
    return undefined;
  }
  return url;
}

export interface MetaOptions {
  /** The title when front matter has none: the first `#` heading's text. */
  fallbackTitle?: string;
}

/** `title` from front matter, else the fallback; a problem only when neither exists. */
function readTitle(reader: FieldReader, options: MetaOptions): string | undefined {
  const field = reader.field('title');
  const absent = !field || field.value === null || field.value === undefined;
  if (!absent) return reader.text('title', true);
  if (options.fallbackTitle !== undefined) return options.fallbackTitle;
  reader.report('Unexpected missing `title`, expected a `title` in front matter or a first `#` heading', field?.keyPosition ?? reader.mapping.position);
  return undefined;
}

export interface MetaResult<T> {
  meta?: T;
  /** Where what decides the output paths was written. */
  places?: OutputPlaces;
  problems: Problem[];
}

/** Validate a post's front matter against the schema. */
export function readPostMeta(mapping: YamlMapping, path: string, site: SiteConfig, options: MetaOptions = {}): MetaResult<PostMeta> {
  if (mapping.problems.length > 0) return {problems: mapping.problems};
  const reader = new FieldReader(mapping, postKeys);
  const title = readTitle(reader, options);
  const date = reader.instant('date', true, site.timeZone);
  const updated = reader.instant('updated', false, site.timeZone);
  const description = reader.text('description', false);
  const image = reader.text('image', false);
  if (image !== undefined && !isShareImage(image)) {
    reader.report(`Unexpected \`image\` \`${image}\`, expected a site path such as \`/images/cover.jpg\` or an absolute URL`, reader.field('image')?.valuePosition ?? mapping.position);
  }
  const draft = reader.boolean('draft');
  const explicitIds = reader.boolean('explicitIds');
  const placedAliases = reader.aliases();
  let slug = slugFromFileName(path);
  const slugField = reader.field('slug');
  const written = reader.text('slug', false);
  if (written !== undefined) slug = written;
  const slugPosition = slugField?.valuePosition ?? mapping.position;
  const unsafe = unsafeSitePath(`/${slug}/`);
  if (!slugPattern.test(slug) || slug.includes('..')) {
    reader.report(
      `Unexpected slug \`${printable(slug.length > 40 ? `${slug.slice(0, 40)}…` : slug)}\`, expected letters, digits, \`-\`, \`_\` and \`.\` (not first or last, never \`..\`)`,
      slugPosition
    );
  } else if (unsafe !== undefined) {
    reader.report(`Unexpected slug \`${slug.length > 40 ? `${slug.slice(0, 40)}…` : slug}\`, expected a slug without ${unsafe}`, slugPosition);
  }
  if (date && updated && updated.epochMs < date.epochMs) {
    reader.report(`Unexpected \`updated\` \`${updated.rfc3339}\` before \`date\`, expected a moment on or after it`, reader.field('updated')?.valuePosition ?? mapping.position);
  }
  const url = readUrl(reader);
  if (reader.problems.length > 0 || title === undefined || date === undefined) {
    return {problems: [...mapping.problems, ...reader.problems]};
  }
  const meta: PostMeta = {title, date, slug, draft, aliases: placedAliases.map(({alias}) => alias), explicitIds};
  if (url !== undefined) meta.url = url;
  if (updated) meta.updated = updated;
  if (description !== undefined) meta.description = description;
  if (image !== undefined) meta.image = image;
  const urlPosition = slugField?.valuePosition ?? reader.field('date')?.valuePosition ?? mapping.position;
  return {meta, places: {url: urlPosition, aliases: placedAliases}, problems: []};
}

/** Validate a standalone page's front matter. */
export function readPageMeta(mapping: YamlMapping, options: MetaOptions = {}): MetaResult<PageMeta> {
  if (mapping.problems.length > 0) return {problems: mapping.problems};
  const reader = new FieldReader(mapping, pageKeys);
  const title = readTitle(reader, options);
  const description = reader.text('description', false);
  const draft = reader.boolean('draft');
  if (reader.problems.length > 0 || title === undefined) {
    return {problems: [...mapping.problems, ...reader.problems]};
  }
  const meta: PageMeta = {title, draft};
  if (description !== undefined) meta.description = description;
  return {meta, problems: []};
}
