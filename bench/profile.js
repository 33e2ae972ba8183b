// Summarize V8 .cpuprofile files: where the self time goes, by function and
// by package, over all of them (a process writes one per thread). Usage:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/cli/dist/bundle/folio.js check --content DIR
//   node bench/profile.js /tmp/prof/CPU.*.cpuprofile [--top 25]
// or let it profile a cold run on a bench corpus (generated on first use):
//   node bench/profile.js --corpus blogs [--size 1000] [--command build] [--workers 1]
// `--inclusive absolutizeUrls,fromMarkdown` adds the time spent in and under those functions.

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {ensureCorpus} from './corpus.js';
import {copyCorpus} from './lib/workspace.js';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    top: {type: 'string', default: '25'},
    corpus: {type: 'string'},
    size: {type: 'string', default: '1000'},
    command: {type: 'string', default: 'build'},
    workers: {type: 'string', default: '1'},
    inclusive: {type: 'string', default: ''}
  }
});
if (positionals.length === 0 && !values.corpus) {
  console.error('Usage: node bench/profile.js PROFILE.cpuprofile… [--top N]\n       node bench/profile.js --corpus essays|blogs [--size 1000] [--command check|build] [--workers 1] [--top N]');
  process.exit(2);
}
if (!['check', 'build'].includes(values.command)) {
  console.error(`Unexpected value \`${values.command}\` for option \`--command\`, expected \`check\` or \`build\``);
  process.exit(2);
}
const top = Number(values.top);
const inclusiveNames = values.inclusive.split(',').filter(Boolean);
const inclusive = new Map(inclusiveNames.map((name) => [name, 0]));


/**
 * A cold `check` or `build` of a copy of the corpus under `node --cpu-prof`,
 * after one untimed build (so `permalinks.json` exists, as the bench has it).
 * Returns the profiles written, one per thread.
 */
async function profileCorpus({corpus, size, command, workers}) {
  const repo = dirname(dirname(fileURLToPath(import.meta.url)));
  const bin = join(repo, 'packages', 'cli', 'dist', 'bundle', 'folio.js');
  const work = await mkdtemp(join(tmpdir(), 'folio-profile-'));
  const content = join(work, 'content');
  await copyCorpus(await ensureCorpus(Number(size), corpus), content);
  const run = (args, node = []) => execFileSync(process.execPath, [...node, bin, ...args], {cwd: repo, env: {...process.env, FOLIO_WORKERS: workers}, stdio: ['ignore', 'ignore', 'inherit']});
  const out = ['--out', join(work, 'out')];
  run(['build', '--content', content, ...out]);
  await rm(join(work, 'out'), {recursive: true, force: true});
  for (const name of await readdir(work)) if (name.startsWith('.out-')) await rm(join(work, name), {recursive: true, force: true});
  await rm(join(repo, 'node_modules', '.cache', 'folio'), {recursive: true, force: true});
  const dir = join(work, 'profiles');
  run([command, '--content', content, ...(command === 'build' ? out : ['--format', 'json'])], ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  console.log(`Profiled a cold \`${command}\` of ${size} ${corpus} posts with FOLIO_WORKERS=${workers}; profiles in ${dir}`);
  return (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile')).sort().map((name) => join(dir, name));
}

if (values.corpus) positionals.push(...(await profileCorpus({corpus: values.corpus, size: values.size, command: values.command, workers: values.workers})));

/** `node_modules/<package>`, `packages/<name>` or the bare file. */
function owner(url) {
  if (!url) return '(native / V8)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const ours = /\/packages\/([^/]+)\//.exec(url);
  if (ours) return `@folio/${ours[1]}`;
  if (url.startsWith('node:')) return 'node: core';
  return url.replace(/^file:\/\//, '');
}

const byFunction = new Map();
const byOwner = new Map();
/** Per bundle file, where each module's code starts. */
const bundleModules = new Map();
let total = 0;
const threads = [];
for (const path of positionals) {
  const profile = JSON.parse(await readFile(path, 'utf8'));
  // Sample i lasted timeDeltas[i + 1]; count each sample's time against its node.
  const selfUs = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
  }
  const idle = profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').reduce((sum, node) => sum + (selfUs.get(node.id) ?? 0), 0);
  const sampled = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  threads.push({path, sampled, idle});
  total += sampled;
  tally(profile, selfUs);
  tallyInclusive(profile, selfUs);
}

// The bundle (`dist/bundle/`) keeps each module's path as a `// node_modules/…`
// or `// packages/…` comment above its code: attribute a line to the last one.
function bundledOwner(url, lineNumber) {
  if (!url.includes('/dist/bundle/')) return undefined;
  if (!bundleModules.has(url)) {
    const starts = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((line, index) => {
        const found = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|packages\/[^/]+)/.exec(line);
        if (found) starts.push([index, found[1].replace(/^packages\//, '@folio/').replace(/^node_modules\//, '')]);
      });
    } catch {
      // A profile from another checkout: attribute to the file.
    }
    bundleModules.set(url, starts);
  }
  let owner;
  for (const [start, name] of bundleModules.get(url)) {
    if (start > lineNumber) break;
    owner = name;
  }
  return owner;
}

/** Each sample counts once for every named function on its stack (recursion counted once). */
function tallyInclusive(profile, selfUs) {
  if (inclusiveNames.length === 0) return;
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const [id, us] of selfUs) {
    const seen = new Set();
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const name = node.callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name) + us);
      }
    }
  }
}

function tally(profile, selfUs) {
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const {functionName, url, lineNumber} = node.callFrame;
    const bundled = bundledOwner(url, lineNumber);
    if (bundled) {
      const key = `${functionName || '(anonymous)'}  ${bundled}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
      byOwner.set(bundled, (byOwner.get(bundled) ?? 0) + us);
      continue;
    }
    const file = url ? url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, 'packages/') : '';
    const key = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byOwner.set(owner(url), (byOwner.get(owner(url)) ?? 0) + us);
  }
}

const row = ([name, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`;
for (const thread of threads) console.log(`${(thread.sampled / 1000).toFixed(0).padStart(7)} ms sampled, ${(thread.idle / 1000).toFixed(0)} ms idle  ${thread.path}`);
console.log(`Total sampled: ${(total / 1000).toFixed(0)} ms\n\nSelf time by package:`);
for (const entry of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(row(entry));
console.log(`\nTop ${top} functions by self time:`);
for (const entry of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(entry));
if (inclusiveNames.length > 0) {
  console.log('\nInclusive time (in the function and everything it calls):');
  for (const entry of inclusive) console.log(row(entry));
}
