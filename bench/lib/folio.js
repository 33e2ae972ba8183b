// Our toolchain's metrics: cold check, cold build, and check + build again
// after editing one post, each as a whole `node packages/cli/dist/bundle/folio.js`.

import {readdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {runProcess} from './measure.js';
import {measureRounds} from './protocol.js';
import {editFile} from './workspace.js';

/** Where a toolchain cache would live; cleared before every cold run. */
function cacheDirs(repo, work) {
  return [join(repo, 'node_modules', '.cache', 'folio'), join(work, 'node_modules', '.cache', 'folio'), join(work, '.cache')];
}

async function clearCaches(repo, work) {
  for (const dir of cacheDirs(repo, work)) await rm(dir, {recursive: true, force: true});
}

/** Count the JSON messages by severity; an unparsable report counts as an error. */
export function countMessages(stdout) {
  try {
    const messages = JSON.parse(stdout);
    return {
      errors: messages.filter((message) => message.severity === 'error').length,
      warnings: messages.filter((message) => message.severity !== 'error').length,
      sample: messages.slice(0, 5)
    };
  } catch {
    return {errors: 1, warnings: 0, sample: [stdout.slice(0, 500)]};
  }
}

/**
 * Measure our toolchain on the working copy `content` (inside `work`).
 * `edited` is the content-relative post the warm runs change.
 */
export async function measureFolio({repo, work, content, edited, warmups, runs, warm, log}) {
  const bin = join(repo, 'packages', 'cli', 'dist', 'bundle', 'folio.js');
  const out = join(work, 'out');
  const check = () => runProcess(bin, ['check', '--content', content, '--format', 'json'], {cwd: repo, node: true});
  const build = () => runProcess(bin, ['build', '--content', content, '--out', out], {cwd: repo, node: true});
  const results = {};

  // The first build records permalinks.json in the working copy, as a
  // published site has it; every later run checks against that record. It
  // is also the warm-up of the cold builds.
  await clearCaches(repo, work);
  results.firstBuild = await measureRounds({name: 'first build', warmups: 0, runs: 1, step: build, log});
  // Every check must find the corpus clean, or the benchmark would time error paths.
  let verdict;
  const clean = (result) => {
    verdict = countMessages(result.stdout);
    if (result.exitCode === 0 && verdict.errors === 0) return true;
    throw new Error(`The corpus does not check clean (exit ${result.exitCode}, ${verdict.errors} errors):\n${JSON.stringify(verdict.sample, null, 2)}\n${result.stderr.slice(0, 2000)}`);
  };
  results.coldCheck = await measureRounds({name: 'cold check', warmups, runs, before: () => clearCaches(repo, work), step: check, accept: clean, log});
  results.messages = {errors: verdict.errors, warnings: verdict.warnings};
  results.coldBuild = await measureRounds({
    name: 'cold build',
    warmups: Math.max(0, warmups - 1),
    runs,
    before: async () => {
      await clearCaches(repo, work);
      // `out` links to a build folder beside it (and keeps the one before): a cold build starts with none.
      for (const name of await readdir(work)) if (name === 'out' || name.startsWith('.out-')) await rm(join(work, name), {recursive: true, force: true});
    },
    step: build,
    log
  });
  if (warm) {
    const path = join(content, ...edited.split('/'));
    // One round: edit the post, re-check, rebuild, as a writer saving a file does.
    results.warm = await measureRounds({
      name: 'edit one post, then check + build',
      warmups,
      runs,
      before: (round) => editFile(path, round),
      step: async () => [await check(), await build()],
      log
    });
  }
  return results;
}
