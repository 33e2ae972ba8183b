import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, readPermalinks, readSiteConfig, type FileFacts, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {createLinter, listContent, parseMarkdownSafely} from '@folio/lint';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {reportLostPermalinks, reportRemovedPermalinks, reportUnrecordedPermalinks} from './check-permalinks.js';
import {readSource} from './load-sources.js';

/** Parsed trees kept between runs, so a re-check parses only what changed. */
export type ParseCache = Map<string, {value: string; tree: Root}>;

export interface CheckOptions {
  contentDir: string;
  /** Publish (and so check links to) drafts. */
  drafts?: boolean;
  /** Reuse trees of files whose text is unchanged (the dev server, the language server). */
  cache?: ParseCache;
  /**
   * What to do when the content publishes URLs or anchors that
   * `permalinks.json` lacks: `warn` (default), `error` (in CI), or `ignore`
   * (a build, which records them itself).
   */
  unrecorded?: 'warn' | 'error' | 'ignore';
  /** Folders inside the content directory that are not content (the output of a build). */
  skip?: string[];
}

/** One Markdown source after both phases. */
export interface CheckedSource {
  file: VFile;
  /** Missing when the file could not be read or parsed. */
  tree?: Root;
  facts?: FileFacts;
}

export interface CheckedSite {
  /** `site.yaml`, with its own messages; fatal ones stop everything. */
  configFile: VFile;
  /** `permalinks.json`, the record of what was published, with its messages. */
  manifestFile: VFile;
  site?: SiteConfig;
  index?: SiteIndex;
  sources: CheckedSource[];
  assets: string[];
}

function parseSource(file: VFile, cache: ParseCache | undefined): Root | undefined {
  if (file.value === undefined) return undefined;
  const value = String(file.value);
  const cached = cache?.get(file.path);
  if (cached && cached.value === value) return cached.tree;
  const tree = parseMarkdownSafely(file);
  if (tree) cache?.set(file.path, {value, tree});
  return tree;
}

async function readRecorded(contentDir: string): Promise<{file: VFile; recorded?: RecordedPermalinks}> {
  const file = new VFile({path: 'permalinks.json', cwd: contentDir});
  let text: string;
  try {
    text = await readFile(join(contentDir, 'permalinks.json'), 'utf8');
  } catch {
    // A site that never published has no record yet; the first build writes it.
    return {file};
  }
  file.value = text;
  const {recorded, problems} = readPermalinks(text);
  for (const problem of problems) {
    file.message(problem.reason, {...(problem.position ? {place: problem.position} : {}), ruleId: problem.ruleId, source: 'folio'}).fatal = true;
  }
  return recorded ? {file, recorded} : {file};
}

async function readConfig(contentDir: string): Promise<{file: VFile; site?: SiteConfig}> {
  const file = new VFile({path: 'site.yaml', cwd: contentDir});
  try {
    file.value = await readFile(join(contentDir, 'site.yaml'), 'utf8');
  } catch {
    const message = file.message('Unexpected missing `site.yaml`, expected the site’s settings (title, baseUrl, author) in the content directory', {place: {line: 1, column: 1}, ruleId: 'site-config', source: 'folio'});
    message.fatal = true;
    return {file};
  }
  const {config, problems} = readSiteConfig(String(file.value));
  for (const problem of problems) {
    const message = file.message(problem.reason, {...(problem.position ? {place: problem.position} : {}), ruleId: problem.ruleId, source: 'folio'});
    message.fatal = true;
  }
  return config ? {file, site: config} : {file};
}

/**
 * Read, parse and check every source: collect from each file first, then
 * check each against the whole site (two phases).
 */
export async function checkSite(options: CheckOptions): Promise<CheckedSite> {
  const {contentDir} = options;
  const {file: configFile, site} = await readConfig(contentDir);
  const {file: manifestFile, recorded} = await readRecorded(contentDir);
  const listing = await listContent(contentDir, options.skip).catch(() => undefined);
  if (!site || !listing) {
    if (!listing) {
      configFile.message(`Unexpected unreadable content directory \`${contentDir}\`, expected a folder with site.yaml, posts/ and pages/`, {place: {line: 1, column: 1}, ruleId: 'site-config', source: 'folio'}).fatal = true;
    }
    return {configFile, manifestFile, sources: [], assets: []};
  }

  const linter = createLinter(site);
  for (const problem of linter.problems) {
    const message = configFile.message(problem.reason, {...(problem.position ? {place: problem.position} : {}), ruleId: problem.ruleId, source: 'folio'});
    message.fatal = true;
  }
  if (linter.problems.length > 0) return {configFile, manifestFile, site, sources: [], assets: listing.assets};

  const sources: CheckedSource[] = [];
  for (const path of options.cache?.keys() ?? []) {
    if (!listing.sources.includes(path)) options.cache?.delete(path);
  }
  for (const path of listing.sources) {
    const file = await readSource(contentDir, path);
    const tree = parseSource(file, options.cache);
    if (!tree) {
      sources.push({file});
      continue;
    }
    const facts = collectFacts(tree, path, site, {drafts: options.drafts ?? false});
    file.data.folioFacts = facts;
    sources.push({file, tree, facts});
  }

  const index = createSiteIndex(
    site,
    sources.flatMap((source) => (source.facts ? [source.facts] : [])),
    listing.assets,
    generatedPaths(site)
  );
  if (recorded) index.recorded = recorded;
  for (const source of sources) {
    if (!source.tree) continue;
    source.file.data.folioSite = index;
    await linter.run(source.tree, source.file);
  }
  if (linter.enabled('stable-permalinks')) {
    const byPath = new Map(sources.map((source) => [source.file.path, source.file]));
    reportLostPermalinks(index, byPath);
    reportRemovedPermalinks(index, manifestFile);
    const unrecorded = options.unrecorded ?? 'warn';
    if (unrecorded !== 'ignore') reportUnrecordedPermalinks(index, byPath, manifestFile, unrecorded === 'error');
  }
  return {configFile, manifestFile, site, index, sources, assets: listing.assets};
}

/** Every file that carries messages, `site.yaml` first. */
export function checkedFiles(checked: CheckedSite): VFile[] {
  return [checked.configFile, checked.manifestFile, ...checked.sources.map((source) => source.file)];
}

/** True when any message is an error (not a warning). */
export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
