#!/usr/bin/env node
import {main} from './main.js';

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
