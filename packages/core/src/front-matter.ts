import type {Position} from 'unist';
import {closest} from './closest.js';
import {parseInstant} from './dates.js';
import type {Instant, PageMeta, PostMeta, Problem, SiteConfig} from './types.js';
import type {YamlField, YamlMapping} from './yaml-mapping.js';

const ruleId = 'front-matter';
const postKeys = ['title', 'date', 'updated', 'slug', 'description', 'draft', 'aliases', 'explicitIds'];
const pageKeys = ['title', 'description', 'draft'];
const slugPattern = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}_-]*$/u;
// C0 and C1 controls other than tab and line feed, which no title needs.
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

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
    if (controlCharacter.test(text)) {
      this.report(`Unexpected control character in \`${key}\`, expected printable text`, field.valuePosition);
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
    }
    return instant;
  }

  aliases(): string[] {
    const field = this.field('aliases');
    if (!field || field.value === null) return [];
    if (!Array.isArray(field.value)) {
      this.report(`Unexpected ${typeName(field.value)} for \`aliases\`, expected a list of URL paths`, field.valuePosition);
      return [];
    }
    const aliases: string[] = [];
    field.value.forEach((alias: unknown, index) => {
      const position = field.itemPositions[index] ?? field.valuePosition;
      if (typeof alias !== 'string' || !alias.startsWith('/') || /[\s?#]/.test(alias)) {
        this.report(`Unexpected alias \`${String(alias)}\`, expected a URL path such as \`/old/path/\``, position);
        return;
      }
      aliases.push(alias.endsWith('/') || alias.endsWith('.html') ? alias : `${alias}/`);
    });
    return aliases.sort();
  }
}

/** The slug a file name gives: the name without `.md` and a leading `YYYY-MM-DD-`. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(?:md|markdown)$/i, '');
  return base.replace(/^\d{4}-\d{2}-\d{2}-/, '').toLowerCase();
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
  const draft = reader.boolean('draft');
  const explicitIds = reader.boolean('explicitIds');
  const aliases = reader.aliases();
  let slug = slugFromFileName(path);
  const slugField = reader.field('slug');
  const written = reader.text('slug', false);
  if (written !== undefined) slug = written;
  if (!slugPattern.test(slug)) {
    reader.report(
      `Unexpected slug \`${slug}\`, expected lowercase letters, digits and \`-\``,
      slugField?.valuePosition ?? mapping.position
    );
  }
  if (date && updated && updated.epochMs < date.epochMs) {
    reader.report(`Unexpected \`updated\` \`${updated.rfc3339}\` before \`date\`, expected a moment on or after it`, reader.field('updated')?.valuePosition ?? mapping.position);
  }
  if (reader.problems.length > 0 || title === undefined || date === undefined) {
    return {problems: [...mapping.problems, ...reader.problems]};
  }
  const meta: PostMeta = {title, date, slug, draft, aliases, explicitIds};
  if (updated) meta.updated = updated;
  if (description !== undefined) meta.description = description;
  return {meta, problems: []};
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
