import {parseArgs} from 'node:util';

export type Format = 'pretty' | 'json' | 'github' | 'sarif';
const formats: Format[] = ['pretty', 'json', 'github', 'sarif'];

export interface CliOptions {
  command: 'check' | 'build' | 'dev' | 'help';
  paths: string[];
  contentDir: string;
  outDir: string;
  /** True when `--out` was given (the dev server writes nothing, but refuses a bad one all the same). */
  outGiven: boolean;
  format: Format;
  drafts: boolean;
  port: number;
  /** Running in CI (`CI=true`); checks and builds behave the same either way. */
  ci: boolean;
  /** Worker threads (`FOLIO_WORKERS`); by default the build decides. */
  workers?: number;
  /** False with `--no-cache`: redo everything, keep nothing. */
  cache: boolean;
  /** `--cache-dir` (or `FOLIO_CACHE_DIR`); by default `node_modules/.cache/folio`. */
  cacheDir?: string;
  /**
   * `--published URL|FILE|none` (or `FOLIO_PUBLISHED`): the deployed site's
   * `permalinks.json`; by default `published:` in site.yaml, else
   * `<baseUrl>/permalinks.json`.
   */
  published?: string;
  /** `FOLIO_CHANGED_FILES`: a file listing the repository paths a change touches, one a line; with `--format github` their messages are annotated first. */
  changedFiles?: string;
  /** `GITHUB_STEP_SUMMARY`: with `--format github`, `check` appends a Markdown job summary there. */
  stepSummary?: string;
  /** Print each step's time to stderr (`FOLIO_TIMINGS=1`). */
  timings?: boolean;
  /** The repository's web address, for links to the rules' docs (see `repositoryUrl`). */
  repositoryUrl?: string;
}

/** A usage problem: the CLI prints it and exits 2. */
export class UsageError extends Error {}

export const usage = `Usage:
  folio check [PATH…] [--content DIR] [--format pretty|json|github|sarif] [--drafts] [--no-cache] [--cache-dir DIR] [--published URL|FILE|none]
  folio build [--content DIR] [--out DIR] [--drafts] [--no-cache] [--cache-dir DIR] [--published URL|FILE|none]
  folio dev [--content DIR] [--port N] [--drafts]
  folio init DIR [--title TEXT] [--author NAME] [--base-url URL] [--time-zone ZONE]
  folio new "Title" [--content DIR]`;

/** Parse the command line; throws UsageError with a sentence a writer can act on. */
export function parseOptions(argv: string[], ci = false): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return {command: 'help', paths: [], contentDir: 'content', outDir: 'dist', outGiven: false, format: 'pretty', drafts: false, port: 4000, ci, cache: false};
  }
  if (command !== 'check' && command !== 'build' && command !== 'dev') {
    throw new UsageError(`Unexpected command \`${command}\`, expected \`check\`, \`build\`, \`dev\`, \`init\` or \`new\``);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        content: {type: 'string', default: 'content'},
        out: {type: 'string'},
        format: {type: 'string', default: 'pretty'},
        drafts: {type: 'boolean', default: false},
        port: {type: 'string', default: '4000'},
        'no-cache': {type: 'boolean', default: false},
        'cache-dir': {type: 'string'},
        published: {type: 'string'}
      }
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const {values, positionals} = parsed;
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new UsageError(`Unexpected value \`${values.format}\` for option \`--format\`, expected one of ${formats.map((name) => `\`${name}\``).join(', ')}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`Unexpected value \`${values.port}\` for option \`--port\`, expected a port number`);
  }
  if (command !== 'check' && positionals.length > 0) {
    throw new UsageError(`Unexpected argument \`${positionals[0]}\`, expected no paths for \`${command}\``);
  }
  if (values['cache-dir'] === '') throw new UsageError('Unexpected empty `--cache-dir`, expected a folder for the cache');
  if (values.published === '') throw new UsageError('Unexpected empty `--published`, expected the URL or file of the deployed site’s `permalinks.json`, or `none`');
  if (values.published !== undefined && command === 'dev') throw new UsageError('Unexpected `--published` for `dev`, expected it only for `check` and `build`');
  return {
    command,
    paths: positionals,
    contentDir: values.content,
    outDir: values.out ?? 'dist',
    outGiven: values.out !== undefined,
    format,
    drafts: values.drafts,
    port,
    ci,
    cache: !values['no-cache'],
    ...(values['cache-dir'] === undefined ? {} : {cacheDir: values['cache-dir']}),
    ...(values.published === undefined ? {} : {published: values.published})
  };
}
