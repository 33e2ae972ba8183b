import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {checkNav, collectFacts, createSiteIndex, generatedPaths, readPermalinks, readSiteConfig, recordPermalinks, type FileFacts, type HeadingIdProfile, type PermalinkManifest, type Problem, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {createLinter, defaultSeverityOf, docsUrl, listContent, parseMarkdownSafely, reportRemovedPermalinks, reportSiteMessage, type ContentListing, type Linter, type SeverityOf} from '@folio/lint';
import {loadThemeOverrides} from '@folio/theme';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {publishedSourceOf, readPublishedRecord, unionOfRecords, type PublishedOptions} from './published-record.js';
import {readSource} from './load-sources.js';
import {hashText} from './cache/hash-text.js';
import {SiteCache} from './cache/site-cache.js';
import {checkIncrementally} from './check-incrementally.js';
import {reportDuplicateOutputs} from './check-outputs.js';
import {reportDuplicateFeedIds} from './feed-ids.js';
import {reportOddFiles} from './odd-files.js';
import type {RenderedSource} from './render-site.js';

/** Parsed trees kept between runs, so a re-check parses only what changed. */
export type ParseCache = Map<string, {value: string; headingIds: HeadingIdProfile; tree: Root}>;

export interface CheckOptions {
  contentDir: string;
  /** Publish (and so check links to) drafts. */
  drafts?: boolean;
  /** Reuse trees of files whose text is unchanged (the dev server, the language server). */
  cache?: ParseCache;
  /**
   * Read the deployed site's record too (`check` and `build`), once for the
   * run; what it lists and the content no longer produces is an error.
   * Without it only the committed `permalinks.json` counts (the editor, the
   * dev server). What is new is never an error.
   */
  published?: PublishedOptions;
  /** Folders inside the content directory that are not content (the output of a build). */
  skip?: string[];
  /** Worker threads for the per-file work; default: the cores, when 64 files or more need parsing. */
  workers?: number;
  /** Also render every published file (a build): each is rendered as it is checked, and its tree dropped. */
  render?: boolean;
  /**
   * A folder for a cache that lets a re-check redo only the files that
   * changed and those whose links they affect (see `defaultCacheRoot`).
   */
  cacheRoot?: string;
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
  /** The committed `permalinks.json`, as read. */
  committed?: PermalinkManifest;
  /** The deployed site's record, when it was read. */
  published?: PermalinkManifest;
  site?: SiteConfig;
  index?: SiteIndex;
  sources: CheckedSource[];
  assets: string[];
  /** With `render`: what each published source renders to, in path order. */
  rendered?: RenderedSource[];
  /** The site's cache, when one is used: the build keeps the record of what it wrote there. */
  cache?: SiteCache;
  /** Other files in the content folder that carry messages: a copied file on a contested output path, a link, a post-like file. */
  otherFiles: VFile[];
}

function parseSource(file: VFile, site: SiteConfig, cache: ParseCache | undefined): Root | undefined {
  if (file.value === undefined) return undefined;
  const value = String(file.value);
  const {headingIds} = site;
  const cached = cache?.get(file.path);
  // The same text under another `headingIds` has other ids.
  if (cached && cached.value === value && cached.headingIds === headingIds) return cached.tree;
  const tree = parseMarkdownSafely(file, {headingIds});
  if (tree) cache?.set(file.path, {value, headingIds, tree});
  return tree;
}

/**
 * Problems found reading the site's own files, at the severity `severityOf`
 * gives their id. Those without a position of their own (rule settings)
 * point at the file's start, so every report format places them alike.
 */
function reportProblems(file: VFile, problems: Problem[], severityOf: SeverityOf = defaultSeverityOf): void {
  for (const problem of problems) reportSiteMessage(file, {ruleId: problem.ruleId, reason: problem.reason, place: problem.position}, severityOf);
}

/** Largest `permalinks.json` read: many times what a large site's record takes, far from what the parser chokes on. */
export const maxRecordBytes = 16 * 1024 * 1024;

async function readRecorded(contentDir: string): Promise<{file: VFile; recorded?: RecordedPermalinks}> {
  const file = new VFile({path: 'permalinks.json', cwd: contentDir});
  let text: string;
  try {
    const path = join(contentDir, 'permalinks.json');
    const stats = await stat(path);
    const {size} = stats;
    if (!stats.isFile()) {
      // Read before the settings, and never turned down: a build would write over it.
      reportSiteMessage(file, {ruleId: 'stable-permalinks', reason: 'Unexpected `permalinks.json` that is not a regular file, expected the record the build writes'}, defaultSeverityOf);
      return {file};
    }
    if (size > maxRecordBytes) {
      const reason = `Unexpected record of ${size} bytes, expected at most ${maxRecordBytes} bytes (the record of a site of 10,000 posts is a few MB: restore it from version control)`;
      reportSiteMessage(file, {ruleId: 'file-too-large', reason}, defaultSeverityOf);
      return {file};
    }
    text = await readFile(path, 'utf8');
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
    const path = join(contentDir, 'site.yaml');
    // A FIFO would block the read forever; a folder or device is no settings file either.
    if (!(await stat(path)).isFile()) {
      reportSiteMessage(file, {ruleId: 'site-config', reason: 'Unexpected `site.yaml` that is not a regular file, expected the site’s settings as a text file'}, defaultSeverityOf);
      return {file};
    }
    file.value = await readFile(path, 'utf8');
  } catch {
    reportSiteMessage(file, {ruleId: 'site-config', reason: 'Unexpected missing `site.yaml`, expected the site’s settings (title, baseUrl, author) in the content directory'}, defaultSeverityOf);
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
  const {file: configFile, site: config} = await readConfig(contentDir);
  // The site's own layouts ride on its config, so every thread renders with them; their problems are checked like any file's.
  const theme = loadThemeOverrides(contentDir);
  const site = config && {...config, layouts: theme.layouts};
  const {file: manifestFile, recorded} = await readRecorded(contentDir);
  const listing = await listContent(contentDir, options.skip, site?.posts).catch(() => undefined);
  if (!site || !listing) {
    if (!listing) {
      reportSiteMessage(configFile, {ruleId: 'site-config', reason: `Unexpected unreadable content directory \`${contentDir}\`, expected a folder with site.yaml, posts/ and pages/`}, defaultSeverityOf);
    }
    return {configFile, manifestFile, sources: [], assets: [], otherFiles: []};
  }

  const linter = createLinter(site);
  reportProblems(configFile, linter.problems, linter.severity);
  if (linter.problems.length > 0) return {configFile, manifestFile, site, sources: [], assets: listing.assets, otherFiles: []};

  const records = await readRecords(options, site, manifestFile, recorded, linter.severity);
  const input: PhaseInput = {contentDir, site, drafts: options.drafts ?? false, listing, recorded: records.recorded};
  const cache = options.cacheRoot === undefined ? undefined : await SiteCache.open(options.cacheRoot, contentDir, hashText(`${String(configFile.value)}\0${input.drafts}\0${theme.key}`));
  const {sources, index, rendered} = options.cache
    ? await checkInThisThread({...input, linter, cache: options.cache})
    : await checkIncrementally({
        ...input,
        linter,
        render: options.render ?? false,
        ...(options.workers === undefined ? {} : {workers: options.workers}),
        ...(cache ? {cache} : {})
      });
  // The header links every page: a `nav` entry that leads nowhere is a broken link on each.
  reportProblems(configFile, checkNav(index), linter.severity);
  const byPath = new Map(sources.map((source) => [source.file.path, source.file]));
  // What the build would refuse, found before it: two files on one output path, two entries with one feed id.
  const {files: clashing} = reportDuplicateOutputs(index, byPath, configFile, listing.assets, contentDir, linter.severity);
  const otherFiles = [...clashing, ...reportOddFiles(contentDir, listing, linter.severity), ...theme.files.filter((file) => file.messages.length > 0)];
  reportDuplicateFeedIds(index, byPath, linter.severity);
  // Each file reported what it lost (the `stable-permalinks` rule); what no file is left for goes on the record.
  reportRemovedPermalinks(index, manifestFile, linter.severity);
  return {
    configFile,
    manifestFile,
    ...(recorded ? {committed: recorded.manifest} : {}),
    ...(records.published ? {published: records.published} : {}),
    site,
    index,
    sources,
    assets: listing.assets,
    otherFiles,
    ...(rendered ? {rendered} : {}),
    ...(cache ? {cache} : {})
  };
}

/**
 * What has been published: the deployed record (when asked for) with the
 * committed one, which stands in when the deployed one cannot be read.
 * Positions are those of the committed file, the one a writer can edit.
 */
async function readRecords(options: CheckOptions, site: SiteConfig, manifestFile: VFile, committed: RecordedPermalinks | undefined, severityOf: SeverityOf): Promise<{recorded?: RecordedPermalinks; published?: PermalinkManifest}> {
  if (!options.published) return committed ? {recorded: committed} : {};
  const read = await readPublishedRecord(publishedSourceOf(options.published, site, options.contentDir), options.published.timeoutMs);
  if (read.warning) {
    reportSiteMessage(manifestFile, {ruleId: 'stable-permalinks', reason: read.warning, warning: true}, severityOf);
  }
  const union = unionOfRecords(read.manifest, committed?.manifest);
  if (!union) return {};
  return {recorded: recordPermalinks(union, committed?.positions), ...(read.manifest ? {published: read.manifest} : {})};
}

export interface PhaseInput {
  contentDir: string;
  site: SiteConfig;
  drafts: boolean;
  listing: ContentListing;
  recorded: RecordedPermalinks | undefined;
}

export interface PhaseOutput {
  sources: CheckedSource[];
  index: SiteIndex;
  rendered?: RenderedSource[];
}

export function indexOf(input: PhaseInput, facts: FileFacts[]): SiteIndex {
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
  const read = input.listing.sources.map((path) => readSource(input.contentDir, path).file);
  for (const file of read) {
    const tree = parseSource(file, input.site, cache);
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
  return [checked.configFile, checked.manifestFile, ...checked.sources.map((source) => source.file), ...checked.otherFiles];
}

/** True when any message is an error (not a warning). */
export function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
