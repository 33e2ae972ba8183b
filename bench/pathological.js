// Inputs that once made the parser take many seconds: each is a one-post
// site, checked by the bundled CLI as a writer would (`check --format json`).
// Prints, per input, its size, the CPU and wall time of the check, its exit
// code and what the check said (`clean`, or the rule ids it reported).
//
//   node bench/pathological.js                 # every input
//   node bench/pathological.js --only table    # inputs whose name contains `table`
//   node bench/pathological.js --timeout 300   # seconds before a check is killed (default 240)
//   node bench/pathological.js --write DIR     # only write each input's site under DIR/<n>/, to profile
//
// Needs `npm run compile` first. Timing lives here, never in `npm test`.

import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import {mulberry32} from './lib/random.js';
import {words} from './prose.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'packages', 'cli', 'dist', 'bundle', 'folio.js');
const gnuTime = '/usr/bin/time';

// No deployed record to fetch: the timings are of the parse, not of a network timeout.
const siteYaml = `title: Pathological
baseUrl: https://example.com
published: none
author:
  name: A Writer
`;


/** Paragraphs of plain words with a little emphasis and code, as essays have, up to `bytes`. */
function prose(bytes) {
  const next = mulberry32(0x9a7e);
  const pick = () => words[Math.floor(next() * words.length)];
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    for (let s = 0; s < 5; s++) {
      const sentence = [];
      for (let w = 0; w < 14; w++) {
        const word = pick();
        const r = next();
        sentence.push(r < 0.03 ? `*${word}*` : r < 0.05 ? `\`${word}\`` : word);
      }
      sentences.push(`${sentence.join(' ')}.`);
    }
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

function table(columns, rows) {
  const row = (cell) => `|${Array.from({length: columns}, cell).join('|')}|\n`;
  return row((_, i) => ` h${i} `) + row(() => ' - ') + Array.from({length: rows}, (_, r) => row((_, i) => ` ${r}.${i} `)).join('');
}

/** The inputs of issue 10, and a few of the same shapes the profile found. */
const inputs = [
  {name: 'baseline: one short paragraph', body: () => prose(500)},
  {name: '50k `[` then 50k `]`', body: () => '['.repeat(50_000) + ']'.repeat(50_000) + '\n'},
  {name: '20k `*`, `x`, 20k `*`', body: () => '*'.repeat(20_000) + 'x' + '*'.repeat(20_000) + '\n'},
  {name: '5,000 nested `![`', body: () => '!['.repeat(5_000) + 'x' + '](u)'.repeat(5_000) + '\n'},
  {name: '5,000 `![` unclosed', body: () => '!['.repeat(5_000) + 'x\n'},
  {name: '1 MB line of `ab_cd *e* `', body: () => 'ab_cd *e* '.repeat(100_000) + '\n'},
  {name: '5,000-column table', body: () => table(5_000, 3)},
  {name: '3.9 MB of prose', body: () => prose(3_900_000)}
];

async function oneSite(body, root) {
  await mkdir(join(root, 'posts'), {recursive: true});
  await writeFile(join(root, 'site.yaml'), siteYaml);
  await writeFile(join(root, 'posts', '2020-01-01-input.md'), `---\ntitle: Input\ndate: 2020-01-01\n---\n\n${body}`);
  return root;
}

/**
 * Run the check under GNU time (Debian package `time`) when it is there, for
 * the CPU time: on a shared machine, wall time mostly measures the other
 * load. The process group is killed after `timeoutMs`.
 */
async function check(content, timeoutMs) {
  const scratch = await mkdtemp(join(tmpdir(), 'folio-pathological-time-'));
  const report = join(scratch, 'usage');
  const command = [process.execPath, bin, 'check', '--content', content, '--format', 'json', '--no-cache'];
  const [file, ...args] = existsSync(gnuTime) ? [gnuTime, '-f', '%U %S', '-o', report, ...command] : command;
  const start = performance.now();
  const child = spawn(file, args, {cwd: repo, env: {...process.env, CI: ''}, stdio: ['ignore', 'pipe', 'ignore'], detached: true});
  const out = [];
  child.stdout.on('data', (chunk) => out.push(chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit));
  });
  clearTimeout(timer);
  const ms = performance.now() - start;
  let cpuMs;
  try {
    const [user, system] = (await readFile(report, 'utf8')).trim().split('\n').at(-1).split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
  } catch {
    // Killed, or no GNU time: wall time only.
  }
  await rm(scratch, {recursive: true, force: true});
  return {ms, cpuMs, code, timedOut, stdout: Buffer.concat(out).toString('utf8')};
}

function verdict(result) {
  if (result.timedOut) return 'killed (timeout)';
  try {
    const messages = JSON.parse(result.stdout);
    if (messages.length === 0) return 'clean';
    const ids = [...new Set(messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`))];
    return ids.slice(0, 3).join(', ') + (ids.length > 3 ? ', …' : '');
  } catch {
    return `unreadable output (exit ${result.code})`;
  }
}

const {values} = parseArgs({options: {only: {type: 'string'}, timeout: {type: 'string', default: '240'}, write: {type: 'string'}}});
const chosen = inputs.filter((input) => !values.only || input.name.includes(values.only));
const timeoutMs = Number(values.timeout) * 1000;

if (values.write) {
  for (const [index, input] of chosen.entries()) {
    const root = join(values.write, String(index));
    await oneSite(input.body(), root);
    console.log(`${root}\t${input.name}`);
  }
  process.exit(0);
}

console.log('| input | bytes | CPU (s) | wall (s) | exit | reported |');
console.log('|---|---:|---:|---:|---:|---|');
for (const input of chosen) {
  const body = input.body();
  const content = await oneSite(body, await mkdtemp(join(tmpdir(), 'folio-pathological-')));
  try {
    const result = await check(content, timeoutMs);
    const wall = result.timedOut ? `> ${values.timeout}` : (result.ms / 1000).toFixed(2);
    const cpu = result.cpuMs === undefined ? '–' : (result.cpuMs / 1000).toFixed(2);
    console.log(`| ${input.name} | ${Buffer.byteLength(body)} | ${cpu} | ${wall} | ${result.timedOut ? '–' : result.code} | ${verdict(result)} |`);
  } finally {
    await rm(content, {recursive: true, force: true});
  }
}
