import {resolve} from 'node:path';
import {buildSite, checkedFiles, checkSite, defaultCacheRoot, hasErrors} from '@folio/build';
import type {CliOptions} from './options.js';
import {formatReport} from './report.js';
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

/** `check`: every rule over the whole site; report on all files or the named ones. */
export async function runCheck(options: CliOptions, color: boolean): Promise<CommandOutput> {
  const checked = await checkSite({
    contentDir: options.contentDir,
    drafts: options.drafts,
    unrecorded: options.ci ? 'error' : 'warn',
    ...(options.workers === undefined ? {} : {workers: options.workers}),
    ...cacheRootOf(options)
  });
  const all = checkedFiles(checked);
  // site.yaml and permalinks.json always show: their problems concern every file.
  const shown = [checked.configFile, checked.manifestFile, ...selectFiles([...checked.sources.map((source) => source.file), ...checked.otherFiles], options.paths, options.contentDir)];
  const report = formatReport(shown, options.format, options.contentDir, color);
  const exitCode = configBroken(all) ? 2 : hasErrors(shown) ? 1 : 0;
  // Machine formats own standard output; the pretty report is for people, on stderr like remark-cli.
  return options.format === 'pretty' ? {stdout: '', stderr: report, exitCode} : {stdout: report, stderr: '', exitCode};
}

/** `build`: check, then write the site; refuses to publish over an error. */
export async function runBuild(options: CliOptions, color: boolean): Promise<CommandOutput> {
  const result = await buildSite({
    contentDir: options.contentDir,
    outDir: options.outDir,
    drafts: options.drafts,
    requireRecorded: options.ci,
    ...(options.workers === undefined ? {} : {workers: options.workers}),
    ...cacheRootOf(options)
  });
  const report = formatReport(result.files, 'pretty', options.contentDir, color);
  if (!result.written) {
    const exitCode = configBroken(result.files) ? 2 : 1;
    return {stdout: '', stderr: `${report}Not written: fix the errors above; ${resolve(options.outDir)} is unchanged.\n`, exitCode};
  }
  return {stdout: `Wrote ${result.paths.length} files to ${options.outDir}\n`, stderr: report, exitCode: 0};
}
