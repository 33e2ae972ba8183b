import {readdir, readFile} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, readSiteConfig, sourceKindOf, type FileFacts, type SiteConfig} from '@folio/core';
import type {Root} from 'mdast';
import type {Position} from 'unist';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {createLinter, parseMarkdownSafely, type Linter} from '../../src/index.js';

export const fixtures = join(import.meta.dirname, '../fixtures');

export interface LintOptions {
  /** Replaces `rules:` from `site.yaml`. */
  rules?: Record<string, unknown>;
  /** Changes each tree after parsing (before the first phase collects from it). */
  transform?: (tree: Root) => void;
}

export interface LintedSite {
  site: SiteConfig;
  linter: Linter;
  /** Every post and page, by content-relative path, with its messages (a file that did not parse has only that one). */
  files: Map<string, VFile>;
}

async function list(root: string, dir = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await list(root, path)));
    else found.push(relative(root, path).split(sep).join('/'));
  }
  return found.sort();
}

/** The site a content folder declares in its `site.yaml`. */
export async function readFixtureSite(dir: string): Promise<SiteConfig> {
  const {config, problems} = readSiteConfig(await readFile(join(dir, 'site.yaml'), 'utf8'));
  if (!config) throw new Error(`Unexpected invalid fixture site: ${problems.map((problem) => problem.reason).join('; ')}`);
  return config;
}

/**
 * Both phases over a site's files, the way the build runs them: parse and
 * collect every post and page, index the site, then lint each file with
 * `createLinter`. `sources` are content-relative paths to Markdown.
 */
export async function lintSources(
  site: SiteConfig,
  sources: ReadonlyMap<string, string | Uint8Array>,
  assets: string[],
  options: LintOptions = {}
): Promise<LintedSite> {
  const configured: SiteConfig = options.rules ? {...site, rules: options.rules} : site;
  const parsed: Array<{file: VFile; tree: Root; facts: FileFacts}> = [];
  const unparsed: VFile[] = [];
  for (const [path, value] of sources) {
    const file = new VFile({path, value: typeof value === 'string' ? value : new TextDecoder().decode(value)});
    const tree = parseMarkdownSafely(file, {headingIds: configured.headingIds});
    if (!tree) {
      unparsed.push(file);
      continue;
    }
    options.transform?.(tree);
    const facts = collectFacts(tree, path, configured);
    file.data.folioFacts = facts;
    parsed.push({file, tree, facts});
  }
  const index = createSiteIndex(configured, parsed.map((source) => source.facts), assets, generatedPaths(configured));
  const linter = createLinter(configured);
  for (const {file, tree} of parsed) {
    file.data.folioSite = index;
    await linter.run(tree, file);
  }
  const files = [...parsed.map((source) => source.file), ...unparsed].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {site: configured, linter, files: new Map(files.map((file) => [file.path, file]))};
}

/** `lintSources` over a content folder: its `site.yaml`, posts, pages and other files. */
export async function lintSite(dir: string, options: LintOptions = {}): Promise<LintedSite> {
  const site = await readFixtureSite(dir);
  const sources = new Map<string, Uint8Array>();
  const assets: string[] = [];
  for (const path of await list(dir)) {
    if (sourceKindOf(path) !== 'other') sources.set(path, await readFile(join(dir, path)));
    else if (path !== 'site.yaml' && !path.endsWith('.md')) assets.push(path);
  }
  return lintSources(site, sources, assets, options);
}

/** `line:column-line:column`, the way reporters print a place. */
export function at(place: Position | undefined): string {
  if (!place) return 'no position';
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
}

function placeOf(message: VFileMessage): Position | undefined {
  const place = message.place;
  if (!place) return undefined;
  return 'start' in place ? place : {start: place, end: place};
}

/** A file's messages as `line:column-line:column: reason`, like remark-lint's tests; only one rule's when given. */
export function report(file: VFile | undefined, ruleId?: string): string[] {
  return (file?.messages ?? [])
    .filter((message) => ruleId === undefined || message.ruleId === ruleId)
    .map((message) => `${at(placeOf(message))}: ${message.reason}`);
}

/** Drop every `position` from a tree, as a tree built by hand would lack them. */
export function removePositions(node: object): void {
  Reflect.deleteProperty(node, 'position');
  const children: unknown = Reflect.get(node, 'children');
  if (Array.isArray(children)) for (const child of children) if (child && typeof child === 'object') removePositions(child);
}
