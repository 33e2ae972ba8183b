import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';

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

/**
 * Run the real CLI as a process, as a writer would; `ci` sets `CI=true` as
 * CI does. Without it, `CI` is removed, so results do not depend on where
 * the suite runs. The deployed site's record is not fetched
 * (`FOLIO_PUBLISHED=none`) unless `extra` says otherwise: tests never reach
 * the internet.
 */
export function runCli(args: string[], cwd?: string, ci = false, extra: Record<string, string> = {}): Promise<CliRun> {
  const env = {...process.env};
  delete env.CI;
  delete env.FOLIO_WORKERS;
  // Inside GitHub Actions these name the real job summary and change list.
  delete env.GITHUB_STEP_SUMMARY;
  delete env.FOLIO_CHANGED_FILES;
  env.FOLIO_CACHE_DIR = testCacheDir;
  env.FOLIO_PUBLISHED = 'none';
  if (ci) env.CI = 'true';
  Object.assign(env, extra);
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [cliPath, ...args], {cwd, env, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolvePromise({code, stdout, stderr});
    });
  });
}
