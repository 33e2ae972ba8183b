#!/usr/bin/env node
import module from 'node:module';

// Node ≥ 22.1 keeps V8's compiled code of the bundle between runs (in
// `NODE_COMPILE_CACHE` or the system's temporary folder, never near the
// content): about a fifth of the time a process needs to load the
// toolchain. Enabled before the toolchain is imported, so its modules are
// the ones cached; `NODE_DISABLE_COMPILE_CACHE=1` turns it off, and older
// Node has no such function and loads as before.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();
const {main} = await import('./main.js');

// The only place that prints and sets the exit code.
const result = await main(process.argv.slice(2), {
  color: process.stderr.isTTY === true,
  ci: process.env.CI === 'true',
  ...(process.env.FOLIO_WORKERS === undefined ? {} : {workers: process.env.FOLIO_WORKERS}),
  ...(process.env.FOLIO_CACHE_DIR === undefined ? {} : {cacheDir: process.env.FOLIO_CACHE_DIR}),
  ...(process.env.FOLIO_TIMINGS === '1' ? {timings: true} : {}),
  ...(process.env.FOLIO_PUBLISHED === undefined ? {} : {published: process.env.FOLIO_PUBLISHED}),
  ...(process.env.FOLIO_CHANGED_FILES === undefined ? {} : {changedFiles: process.env.FOLIO_CHANGED_FILES}),
  ...(process.env.GITHUB_STEP_SUMMARY === undefined ? {} : {stepSummary: process.env.GITHUB_STEP_SUMMARY}),
  ...(process.env.GITHUB_SERVER_URL === undefined ? {} : {githubServerUrl: process.env.GITHUB_SERVER_URL}),
  ...(process.env.GITHUB_REPOSITORY === undefined ? {} : {githubRepository: process.env.GITHUB_REPOSITORY})
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
