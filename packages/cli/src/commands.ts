import {appendFile, readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {checkedFiles, defaultCacheRoot, formatTimings, hasErrors, openSite, publicationChanges, type CheckedSite, type SiteOptions, type SiteSession} from '@folio/site';
import type {VFile} from 'vfile';
import type {CliOptions} from './options.js';
import {toRecords} from './records.js';
import {formatReport, repoPathMapper} from './report.js';
import {ruleCatalog} from './reporters/rule-catalog.js';
import {formatSummary} from './reporters/summary.js';
import {toolInfo} from './tool-info.js';
import {selectFiles} from './select-files.js';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

// A broken site.yaml is a configuration problem: exit 2, as for bad usage.
function configBroken(files: ReturnType<typeof checkedFiles>): boolean {
  return files[0]?.messages.some((message) => message.fatal === true) ?? false;
}

/** The cache folder: `--cache-dir`, else `node_modules/.cache/folio` near here or near the content. */
function cacheRootOf(options: CliOptions): {cacheRoot?: string} {
  if (!options.cache) return {};
  const root = options.cacheDir === undefined ? (defaultCacheRoot(process.cwd()) ?? defaultCacheRoot(options.contentDir)) : resolve(options.cacheDir);
  return root === undefined ? {} : {cacheRoot: root};
}

/**
 * The deployed record to read: `--published` (a file relative to the
 * working directory), else what site.yaml says, else the site's own.
 */
function publishedOf(options: CliOptions): {published: {source?: string}} {
  const source = options.published;
  if (source === undefined || source === 'none' || /^https?:\/\//i.test(source)) return {published: source === undefined ? {} : {source}};
  return {published: {source: resolve(source)}};
}

/** The session a command runs on: one check or build, then closed. */
function siteOptionsOf(options: CliOptions): SiteOptions {
  return {
    contentDir: options.contentDir,
    drafts: options.drafts,
    ...publishedOf(options),
    ...(options.workers === undefined ? {} : {workers: options.workers}),
    ...cacheRootOf(options)
  };
}

/** Run `work` on a session, with each step's time for stderr when asked (`FOLIO_TIMINGS=1`). */
async function withSession<T>(options: SiteOptions, timings: boolean, work: (session: SiteSession) => Promise<T>): Promise<{result: T; timings: string}> {
  const session = await openSite(options);
  try {
    const result = await work(session);
    return {result, timings: timings ? formatTimings(session.timings) : ''};
  } finally {
    await session.close();
  }
}

/** `check`: every rule over the whole site; report on all files or the named ones. */
export async function runCheck(options: CliOptions, color: boolean): Promise<CommandOutput> {
  const {result: checked, timings} = await withSession(siteOptionsOf(options), options.timings ?? false, (session) => session.check());
  const all = checkedFiles(checked);
  // site.yaml and permalinks.json always show: their problems concern every file.
  const shown = [checked.configFile, checked.manifestFile, ...selectFiles([...checked.sources.map((source) => source.file), ...checked.otherFiles], options.paths, options.contentDir)];
  const summary = options.format === 'github' ? options.stepSummary : undefined;
  const changedFiles = options.format === 'github' ? await readChangedFiles(options.changedFiles) : undefined;
  const sarif = options.format === 'sarif' ? {tool: toolInfo(ruleCatalog().map((rule) => rule.id)), ...(options.repositoryUrl ? {repositoryUrl: options.repositoryUrl} : {})} : undefined;
  const report = formatReport(shown, options.format, options.contentDir, color, {
    github: {rest: summary ? 'summary' : 'log', ...(changedFiles ? {changedFiles} : {})},
    ...(sarif ? {sarif} : {})
  });
  // A summary that cannot be written costs the summary, not the check.
  const unwritten = summary
    ? await appendSummary(summary, shown, checked, options).then(
        () => '',
        (error: Error) => `folio: Unexpected failure writing the job summary \`${summary}\` (${error.message}), expected a file the runner provides; the messages above are complete\n`
      )
    : '';
  const exitCode = configBroken(all) ? 2 : hasErrors(shown) ? 1 : 0;
  // Machine formats own standard output; the pretty report is for people, on stderr like remark-cli.
  return options.format === 'pretty' ? {stdout: '', stderr: report + timings, exitCode} : {stdout: report, stderr: unwritten + timings, exitCode};
}

/** The paths a change touches (`FOLIO_CHANGED_FILES`); a missing list means none are known. */
async function readChangedFiles(list: string | undefined): Promise<Set<string> | undefined> {
  if (list === undefined) return undefined;
  const text = await readFile(list, 'utf8').catch(() => '');
  return new Set(text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''));
}

/** The job summary: the runner owns that file and collects what each step appends. */
async function appendSummary(path: string, shown: VFile[], checked: CheckedSite, options: CliOptions): Promise<void> {
  const publication = checked.index ? publicationChanges(checked) : undefined;
  const records = toRecords(shown).map((record) => (options.repositoryUrl ? {...record, url: `${options.repositoryUrl}/blob/HEAD/docs/${record.ruleId}.md`} : record));
  await appendFile(path, formatSummary(records, repoPathMapper(options.contentDir), publication, checked.site?.baseUrl ?? ''));
}

/** `build`: check, then write the site; refuses to publish over an error. */
export async function runBuild(options: CliOptions, color: boolean): Promise<CommandOutput> {
  const {result, timings} = await withSession({...siteOptionsOf(options), skip: [options.outDir]}, options.timings ?? false, (session) => session.build(options.outDir));
  const report = formatReport(result.files, 'pretty', options.contentDir, color) + timings;
  if (!result.written) {
    const exitCode = configBroken(result.files) ? 2 : 1;
    return {stdout: '', stderr: `${report}Not written: fix the errors above; ${resolve(options.outDir)} is unchanged.\n`, exitCode};
  }
  return {stdout: `Wrote ${result.paths.length} files to ${options.outDir}\n`, stderr: report, exitCode: 0};
}
