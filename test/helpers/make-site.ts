import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {main} from '@folio/cli';

export const cliPath = resolve(import.meta.dirname, '../../packages/cli/dist/bundle/folio.js');

export const siteYaml = `title: Test Site
baseUrl: https://example.com
timeZone: America/Los_Angeles
author:
  name: A Writer
footnotes:
  definition: "fn:{label}"
  reference: "fnref:{label}"
`;

/** Write a small site (path → contents) into a fresh temp folder; site.yaml is added unless given. */
export async function makeSite(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'folio-site-'));
  const all: Record<string, string | Uint8Array> = {'site.yaml': siteYaml, ...files};
  for (const [path, contents] of Object.entries(all)) {
    const target = join(root, path);
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, contents);
  }
  return root;
}

/**
 * The cache every CLI run of this test process shares (each site has its
 * own part of it): kept out of the repository's node_modules, and warm for
 * any test that runs the CLI twice on one site.
 */
export const testCacheDir = mkdtempSync(join(tmpdir(), 'folio-test-cache-'));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment variables a test may set for a run, and the `main()` setting each stands for (as `bin.ts` maps them). */
const settingOf = {
  FOLIO_CACHE_DIR: 'cacheDir',
  FOLIO_WORKERS: 'workers',
  FOLIO_PUBLISHED: 'published',
  FOLIO_CHANGED_FILES: 'changedFiles',
  GITHUB_STEP_SUMMARY: 'stepSummary',
  GITHUB_SERVER_URL: 'githubServerUrl',
  GITHUB_REPOSITORY: 'githubRepository'
} as const;

/**
 * Run the CLI's `main()` in this process, as `folio ARGS` from `cwd` (the
 * bundle itself is run by test/bundle.test.ts); `ci` sets `CI=true` as CI
 * does. Nothing comes from this process's environment, so results do not
 * depend on where the suite runs; `extra` sets the variables `settingOf`
 * names. The deployed site's record is not fetched (`FOLIO_PUBLISHED=none`)
 * unless `extra` says otherwise: tests never reach the internet.
 * Runs in one file go one at a time (vitest runs a file's tests in order):
 * the working directory is the process's.
 */
export async function runCli(args: string[], cwd?: string, ci = false, extra: Record<string, string> = {}): Promise<CliRun> {
  const environment: Parameters<typeof main>[1] = {ci, cacheDir: testCacheDir, published: 'none'};
  for (const [name, value] of Object.entries(extra)) {
    if (!(name in settingOf)) throw new Error(`Unexpected variable \`${name}\`, expected one of ${Object.keys(settingOf).join(', ')}`);
    // An empty variable is one `main()` does not see, as with the bundle.
    if (value !== '') environment[settingOf[name as keyof typeof settingOf]] = value;
  }
  const previous = process.cwd();
  if (cwd !== undefined) process.chdir(cwd);
  try {
    const run = await main(args, environment);
    return {code: run.exitCode, stdout: run.stdout, stderr: run.stderr};
  } finally {
    process.chdir(previous);
  }
}

/**
 * Run the bundle as a process, as a writer would, with only `extra` (and
 * `FOLIO_CACHE_DIR`, `FOLIO_PUBLISHED=none`) of folio's variables set. For
 * tests that kill or trace builds: the builds around those must be the same
 * program, since a cache is kept per toolchain (the bundle and the
 * per-package CLI are two).
 */
export function runBundle(args: string[], cwd?: string, extra: Record<string, string> = {}): Promise<CliRun> {
  const env = {...process.env};
  for (const name of ['CI', 'FOLIO_WORKERS', 'GITHUB_STEP_SUMMARY', 'FOLIO_CHANGED_FILES']) delete env[name];
  Object.assign(env, {FOLIO_CACHE_DIR: testCacheDir, FOLIO_PUBLISHED: 'none'}, extra);
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [cliPath, ...args], {cwd, env, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({code, stdout, stderr});
    });
  });
}
