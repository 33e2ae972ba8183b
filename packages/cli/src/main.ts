import {UnsafeOutputError, WriteError} from '@folio/site';
import {runBuild, runCheck, type CommandOutput} from './commands.js';
import {parseOptions, usage, UsageError} from './options.js';
import {repositoryUrl} from './repository-url.js';
import {runScaffold} from './scaffold/run.js';

/** Run the CLI with `argv` (without `node` and the script); never throws. */
export async function main(argv: string[], environment: {color?: boolean; ci?: boolean; workers?: string; cacheDir?: string; timings?: boolean; published?: string; changedFiles?: string; stepSummary?: string; githubServerUrl?: string; githubRepository?: string; now?: number} = {}): Promise<CommandOutput> {
  const color = environment.color ?? false;
  try {
    // `now` dates what `init` and `new` write; tests fix it.
    if (argv[0] === 'init' || argv[0] === 'new') return runScaffold(argv, environment.now ?? Date.now());
    const options = parseOptions(argv, environment.ci ?? false);
    if (environment.workers !== undefined && environment.workers !== '') {
      const workers = Number(environment.workers);
      if (!Number.isInteger(workers) || workers < 1) {
        throw new UsageError(`Unexpected value \`${environment.workers}\` for \`FOLIO_WORKERS\`, expected a whole number of threads, 1 or more`);
      }
      options.workers = workers;
    }
    if (options.cacheDir === undefined && environment.cacheDir) options.cacheDir = environment.cacheDir;
    if (options.published === undefined && environment.published && options.command !== 'dev') options.published = environment.published;
    if (environment.changedFiles) options.changedFiles = environment.changedFiles;
    if (environment.stepSummary) options.stepSummary = environment.stepSummary;
    if (environment.timings) options.timings = true;
    if (options.format === 'sarif' || (options.format === 'github' && options.stepSummary)) {
      const url = repositoryUrl(process.cwd(), {
        ...(environment.githubServerUrl ? {serverUrl: environment.githubServerUrl} : {}),
        ...(environment.githubRepository ? {repository: environment.githubRepository} : {})
      });
      if (url) options.repositoryUrl = url;
    }
    switch (options.command) {
      case 'help':
        return {stdout: `${usage}\n`, stderr: '', exitCode: 0};
      case 'check':
        return await runCheck(options, color);
      case 'build':
        return await runBuild(options, color);
      case 'dev': {
        const {runDev} = await import('./dev.js');
        return await runDev(options);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) return {stdout: '', stderr: `folio: ${error.message}\n${usage}\n`, exitCode: 2};
    // An output folder that would destroy something: bad usage, and nothing was touched.
    if (error instanceof UnsafeOutputError) return {stdout: '', stderr: `folio: ${error.message}\n`, exitCode: 2};
    // What the machine refused (read-only, permissions, a full disk): the previous output stays.
    if (error instanceof WriteError) {
      const state = error.published ? 'The site was written; run the build again to record what it published.' : 'Nothing was written: the previous output and the record are as they were.';
      return {stdout: '', stderr: `folio: ${error.message}\n${state}\n`, exitCode: 1};
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {stdout: '', stderr: `folio: internal error: ${reason}\nPlease report this with the file that caused it.\n`, exitCode: 2};
  }
}
