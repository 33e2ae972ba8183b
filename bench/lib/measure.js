// Time a whole process, and read its peak memory: from GNU time when it is
// installed (`apt-get install -y time`), else from a Node wrapper that reports
// its own `resourceUsage()` (Node commands only).

import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';

const gnuTime = '/usr/bin/time';
const wrapper = join(dirname(fileURLToPath(import.meta.url)), 'max-rss.js');

/** How peak memory is read on this machine, for the report. */
export const memorySource = existsSync(gnuTime) ? 'GNU time (`/usr/bin/time -v`)' : 'Node `process.resourceUsage().maxRSS` (Node commands only)';

/** The environment every measured process gets: ours, minus CI (which makes checks stricter). */
export function benchEnvironment(extra = {}) {
  const env = {...process.env, ...extra};
  delete env.CI;
  delete env.NODE_OPTIONS;
  return env;
}

function collect(stream) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Run `command args` to completion. `node: true` marks a Node script (the
 * command is its path), which the fallback wrapper can measure.
 * Resolves {ms, cpuMs, maxRssKiB, exitCode, stdout, stderr} (cpuMs and
 * maxRssKiB only where they can be read); never rejects on a
 * non-zero exit.
 */
export async function runProcess(command, args, {cwd, env = benchEnvironment(), node = false} = {}) {
  const scratch = await mkdtemp(join(tmpdir(), 'folio-bench-rss-'));
  const report = join(scratch, 'usage');
  let file;
  let argv;
  if (existsSync(gnuTime)) {
    file = gnuTime;
    argv = ['-v', '-o', report, ...(node ? [process.execPath, command] : [command]), ...args];
  } else if (node) {
    file = process.execPath;
    argv = [wrapper, report, command, ...args];
  } else {
    file = command;
    argv = args;
  }
  const start = performance.now();
  const child = spawn(file, argv, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const exitCode = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const ms = performance.now() - start;
  let maxRssKiB;
  let cpuMs;
  try {
    const text = await readFile(report, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text) ?? /^(\d+)$/m.exec(text);
    if (match) maxRssKiB = Number(match[1]);
    // CPU time shows the work done even when other processes compete for the cores.
    const user = /User time \(seconds\): ([\d.]+)/.exec(text);
    const system = /System time \(seconds\): ([\d.]+)/.exec(text);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
  } catch {
    // No report: the command was not measurable for memory.
  }
  await rm(scratch, {recursive: true, force: true});
  return {ms, cpuMs, maxRssKiB, exitCode, stdout: stdout(), stderr: stderr()};
}

/** Median, minimum and maximum of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {median, min: sorted[0], max: sorted.at(-1)};
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
