import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {checkNav, readPermalinks, readSiteConfig, recordPermalinks, type FileFacts, type PermalinkManifest, type Problem, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {defaultSeverityOf, docsUrl, reportRemovedPermalinks, reportSiteMessage, type ContentListing, type Linter, type SeverityOf} from '@folio/lint';
import {VFile} from 'vfile';
import {unionOfRecords, type PublishedOptions} from './published-record.js';
import {hashText} from './cache/hash-text.js';
import {reportDuplicateOutputs} from './check-outputs.js';
import {reportDuplicateFeedIds} from './feed-ids.js';
import {reportOddFiles} from './odd-files.js';
import type {RenderedSource} from './render-site.js';
import {checkPass} from './session/check-pass.js';
import {copyFile, openRenderingSession, type RenderingSession, type SessionState} from './session/open-site.js';
import type {StepClock} from './session/step-timings.js';

/** A check of one site, once (`openSite` keeps a session open for many). */
export interface CheckOptions {
  contentDir: string;
  /** Publish (and so check links to) drafts. */
  drafts?: boolean;
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
  /** Other files in the content folder that carry messages: a copied file on a contested output path, a link, a post-like file. */
  otherFiles: VFile[];
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

export async function readRecorded(contentDir: string): Promise<{file: VFile; recorded?: RecordedPermalinks}> {
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

export async function readConfig(contentDir: string): Promise<{file: VFile; site?: SiteConfig}> {
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
 * Read, parse and check every source once: a session opened for one
 * check (`openSite` keeps one open for many).
 */
export async function checkSite(options: CheckOptions): Promise<CheckedSite> {
  const {render, ...site} = options;
  const session = await openRenderingSession(site);
  try {
    return render ? await session.checkRendered() : await session.check();
  } finally {
    await session.close();
  }
}

/**
 * Both phases over a session's sources: collect from each file first, then
 * check each against the whole site; then what only the whole site shows.
 */
export async function checkSession(state: SessionState, clock: StepClock, render: boolean): Promise<CheckedSite> {
  const checked = await checkBothPhases(state, clock, render);
  linkDocs(checkedFiles(checked));
  return checked;
}

/** What every check reads before its files: the settings, the linter, the records, and the memo for those settings. */
export interface PreparedCheck {
  configFile: VFile;
  manifestFile: VFile;
  site: SiteConfig;
  listing: ContentListing;
  linter: Linter;
  records: {recorded?: RecordedPermalinks; published?: PermalinkManifest};
}

/**
 * Read what every file's check depends on, and start the memo of these
 * settings; or the whole check already, when the site's settings stop it
 * before any file.
 */
export async function prepareCheck(state: SessionState, clock: StepClock): Promise<PreparedCheck | {stopped: CheckedSite}> {
  const {contentDir} = state;
  const configFile = copyFile(state.settings.configFile);
  const manifestFile = copyFile(state.settings.manifestFile);
  const {site, recorded} = state.settings;
  const listing = state.settings.unlisted ? undefined : state.sources.listing;
  if (!site || !listing) {
    if (!listing) {
      reportSiteMessage(configFile, {ruleId: 'site-config', reason: `Unexpected unreadable content directory \`${contentDir}\`, expected a folder with site.yaml, posts/ and pages/`}, defaultSeverityOf);
    }
    return {stopped: {configFile, manifestFile, sources: [], assets: [], otherFiles: []}};
  }

  const linter = state.linter(site);
  reportProblems(configFile, linter.problems, linter.severity);
  if (linter.problems.length > 0) return {stopped: {configFile, manifestFile, site, sources: [], assets: listing.assets, otherFiles: []}};

  const records = await clock.time('read', () => readRecords(state, site, manifestFile, recorded, linter.severity));
  await state.memo.use(hashText(`${String(configFile.value)}\0${state.drafts}\0${state.settings.theme.key}`));
  return {configFile, manifestFile, site, listing, linter, records};
}

async function checkBothPhases(state: SessionState, clock: StepClock, render: boolean): Promise<CheckedSite> {
  const prepared = await prepareCheck(state, clock);
  if ('stopped' in prepared) return prepared.stopped;
  const {site, listing, linter, records} = prepared;
  const {sources, index, rendered} = await checkPass({
    contentDir: state.contentDir,
    site,
    linter,
    drafts: state.drafts,
    listing,
    recorded: records.recorded,
    sources: state.sources,
    memo: state.memo,
    render,
    workers: state.workers,
    parse: state.parse,
    clock
  });
  return clock.time('check', () => {
    const byPath = new Map(sources.map((source) => [source.file.path, source.file]));
    return {...reportSiteWide(state, prepared, index, byPath), sources, ...(rendered ? {rendered} : {})};
  });
}

/**
 * What only the whole site shows, once every file's facts are in `index`:
 * on the settings files, on the sources in `byPath` (each must have its
 * file there, for a clash to be reported on it), and on other files.
 */
export function reportSiteWide(state: SessionState, prepared: PreparedCheck, index: SiteIndex, byPath: Map<string, VFile>): Omit<CheckedSite, 'sources'> {
  const {configFile, manifestFile, site, listing, linter, records} = prepared;
  const {contentDir} = state;
  const {recorded} = state.settings;
  // The header links every page: a `nav` entry that leads nowhere is a broken link on each.
  reportProblems(configFile, checkNav(index), linter.severity);
  // What the build would refuse, found before it: two files on one output path, two entries with one feed id.
  const {files: clashing} = reportDuplicateOutputs(index, byPath, configFile, listing.assets, contentDir, linter.severity);
  const themeFiles = state.settings.theme.files.filter((file) => file.messages.length > 0).map(copyFile);
  const otherFiles = [...clashing, ...reportOddFiles(contentDir, listing, linter.severity), ...themeFiles];
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
    assets: listing.assets,
    otherFiles
  };
}

/**
 * What has been published: the deployed record (when asked for) with the
 * committed one, which stands in when the deployed one cannot be read.
 * Positions are those of the committed file, the one a writer can edit.
 */
async function readRecords(state: SessionState, site: SiteConfig, manifestFile: VFile, committed: RecordedPermalinks | undefined, severityOf: SeverityOf): Promise<{recorded?: RecordedPermalinks; published?: PermalinkManifest}> {
  const read = await state.published(site);
  if (!read) return committed ? {recorded: committed} : {};
  if (read.warning) {
    reportSiteMessage(manifestFile, {ruleId: 'stable-permalinks', reason: read.warning, warning: true}, severityOf);
  }
  const union = unionOfRecords(read.manifest, committed?.manifest);
  if (!union) return {};
  return {recorded: recordPermalinks(union, committed?.positions), ...(read.manifest ? {published: read.manifest} : {})};
}

/** Every message links to its rule's doc, whichever part of the toolchain reported it. */
export function linkDocs(files: VFile[]): void {
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
