import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, readPermalinks, readSiteConfig, type FileFacts, type Problem, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {availableParallelism} from 'node:os';
import {createLinter, docsUrl, listContent, parseMarkdownSafely, type ContentListing, type Linter} from '@folio/lint';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {reportLostPermalinks, reportRemovedPermalinks, reportUnrecordedPermalinks} from './check-permalinks.js';
import {readSource} from './load-sources.js';
import {mapLimit} from './map-limit.js';
import {createSitePool, type SitePool} from './parallel/site-pool.js';
import {restoreMessages} from './parallel/serialized-message.js';

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
  /** Worker threads for the per-file work; default: the cores, for sites of 64 files or more. */
  workers?: number;
  /** Keep the workers for rendering (each renders its files as it checks them); the caller closes `pool`. */
  keepWorkers?: boolean;
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
  /** The workers holding the parsed trees, when kept for rendering. */
  pool?: SitePool;
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

/**
 * Problems found reading the site's own files, as errors. Those without a
 * position of their own (rule settings) point at the file's start, so every
 * report format places them alike.
 */
function reportProblems(file: VFile, problems: Problem[]): void {
  for (const problem of problems) {
    const message = file.message(problem.reason, {place: problem.position ?? {line: 1, column: 1}, ruleId: problem.ruleId, source: 'folio'});
    message.fatal = true;
  }
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
  reportProblems(file, problems);
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
  reportProblems(file, problems);
  return config ? {file, site: config} : {file};
}

/**
 * Read, parse and check every source: collect from each file first, then
 * check each against the whole site (two phases).
 */
export async function checkSite(options: CheckOptions): Promise<CheckedSite> {
  const checked = await checkBothPhases(options);
  linkDocs(checkedFiles(checked));
  return checked;
}

async function checkBothPhases(options: CheckOptions): Promise<CheckedSite> {
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
  reportProblems(configFile, linter.problems);
  if (linter.problems.length > 0) return {configFile, manifestFile, site, sources: [], assets: listing.assets};

  const workers = options.workers ?? defaultWorkers(listing.sources.length);
  const {sources, index, pool} =
    workers > 1 && !options.cache
      ? await checkInParallel({contentDir, site, drafts: options.drafts ?? false, listing, recorded, workers, render: options.keepWorkers ?? false})
      : await checkInThisThread({contentDir, site, drafts: options.drafts ?? false, listing, recorded, linter, cache: options.cache});
  if (linter.enabled('stable-permalinks')) {
    const byPath = new Map(sources.map((source) => [source.file.path, source.file]));
    reportLostPermalinks(index, byPath);
    reportRemovedPermalinks(index, manifestFile);
    const unrecorded = options.unrecorded ?? 'warn';
    if (unrecorded !== 'ignore') reportUnrecordedPermalinks(index, byPath, manifestFile, unrecorded === 'error');
  }
  const checked: CheckedSite = {configFile, manifestFile, site, index, sources, assets: listing.assets};
  if (pool && options.keepWorkers) checked.pool = pool;
  else await pool?.close();
  return checked;
}

interface PhaseInput {
  contentDir: string;
  site: SiteConfig;
  drafts: boolean;
  listing: ContentListing;
  recorded: RecordedPermalinks | undefined;
}

interface PhaseOutput {
  sources: CheckedSource[];
  index: SiteIndex;
  pool?: SitePool;
}

function indexOf(input: PhaseInput, facts: FileFacts[]): SiteIndex {
  const index = createSiteIndex(input.site, facts, input.listing.assets, generatedPaths(input.site));
  if (input.recorded) index.recorded = input.recorded;
  return index;
}

/** Both phases here, reusing cached trees: small sites, the dev server. */
async function checkInThisThread(input: PhaseInput & {linter: Linter; cache: ParseCache | undefined}): Promise<PhaseOutput> {
  const {cache} = input;
  const sources: CheckedSource[] = [];
  const present = new Set(input.listing.sources);
  for (const path of cache?.keys() ?? []) {
    if (!present.has(path)) cache?.delete(path);
  }
  const read = await mapLimit(input.listing.sources, 32, (path) => readSource(input.contentDir, path));
  for (const file of read) {
    const tree = parseSource(file, cache);
    if (!tree) {
      sources.push({file});
      continue;
    }
    const facts = collectFacts(tree, file.path, input.site, {drafts: input.drafts});
    file.data.folioFacts = facts;
    sources.push({file, tree, facts});
  }
  const index = indexOf(input, sources.flatMap((source) => (source.facts ? [source.facts] : [])));
  for (const source of sources) {
    if (!source.tree) continue;
    source.file.data.folioSite = index;
    await input.linter.run(source.tree, source.file);
  }
  return {sources, index};
}

/**
 * Both phases in worker threads: each parses and lints its share of the
 * files; only facts cross to this thread, where the index is built once.
 */
async function checkInParallel(input: PhaseInput & {workers: number; render: boolean}): Promise<PhaseOutput> {
  const pool = createSitePool(input.workers);
  try {
    const loaded = await pool.load(input.contentDir, input.listing.sources, input.site, input.drafts);
    const facts = loaded.flatMap((source) => (source.facts ? [source.facts] : []));
    const index = indexOf(input, facts);
    const linted = await pool.lint(facts, input.listing.assets, [...index.generated], input.recorded, input.render);
    const factsByPath = new Map(facts.map((fact) => [fact.path, fact]));
    const sources = linted.map(({path, messages}): CheckedSource => {
      const file = new VFile({path, cwd: input.contentDir});
      restoreMessages(file, messages);
      const fact = factsByPath.get(path);
      if (fact) file.data.folioFacts = fact;
      return fact ? {file, facts: fact} : {file};
    });
    return {sources, index, pool};
  } catch (error) {
    await pool.close();
    throw error;
  }
}

/** Threads pay off once a site has more files than a worker takes to start. */
function defaultWorkers(sources: number): number {
  return sources >= 64 ? Math.min(availableParallelism(), 8) : 1;
}

/** Every message links to its rule's doc, whichever part of the toolchain reported it. */
function linkDocs(files: VFile[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (!message.url && message.ruleId) message.url = docsUrl(message.ruleId);
    }
  }
}

/** Every file that carries messages, `site.yaml` first. */
export function checkedFiles(checked: CheckedSite): VFile[] {
  return [checked.configFile, checked.manifestFile, ...checked.sources.map((source) => source.file)];
}

/** True when any message is an error (not a warning). */
export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
