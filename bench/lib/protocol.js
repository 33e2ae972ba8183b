// The measuring protocol shared by every metric: warm-up runs that are not
// counted, then timed runs, each preceded by an untimed `before` step.

import {summarize} from './measure.js';

/**
 * Run `step` `warmups + runs` times. `before(round)` prepares each round
 * (clear a cache, edit a post) and is not timed. `step(round)` returns a
 * runProcess result (or a list of them, whose times add up). `accept(result)`
 * says whether an exit is expected; an unexpected one stops the benchmark.
 */
export async function measureRounds({name, warmups, runs, before = async () => {}, step, accept = (result) => result.exitCode === 0, log}) {
  const times = [];
  const cpuTimes = [];
  // With several processes a round, each one's times too (check, then build).
  const parts = [];
  let peakKiB;
  for (let round = 0; round < warmups + runs; round++) {
    await before(round);
    const results = [await step(round)].flat();
    for (const result of results) {
      if (!accept(result)) {
        throw new Error(`${name}: unexpected exit ${result.exitCode}\n${result.stderr.slice(0, 4000)}${result.stdout.slice(0, 2000)}`);
      }
    }
    const ms = results.reduce((sum, result) => sum + result.ms, 0);
    const kib = Math.max(...results.map((result) => result.maxRssKiB ?? 0));
    const counted = round >= warmups;
    if (counted) {
      times.push(ms);
      if (results.every((result) => result.cpuMs !== undefined)) cpuTimes.push(results.reduce((sum, result) => sum + result.cpuMs, 0));
      results.forEach((result, index) => {
        const part = (parts[index] ??= {ms: [], cpu: []});
        part.ms.push(result.ms);
        if (result.cpuMs !== undefined) part.cpu.push(result.cpuMs);
      });
      if (kib > 0) peakKiB = Math.max(peakKiB ?? 0, kib);
    }
    log?.(`  ${name} ${counted ? `run ${round - warmups + 1}/${runs}` : 'warm-up'}: ${(ms / 1000).toFixed(2)} s${kib > 0 ? `, ${(kib / 1024).toFixed(0)} MiB` : ''}`);
  }
  const cpuOf = (list, count) => (list.length === count && count > 0 ? {times: list, ...summarize(list)} : undefined);
  const split = parts.length > 1 ? parts.map((part) => ({times: part.ms, ...summarize(part.ms), cpu: cpuOf(part.cpu, part.ms.length)})) : undefined;
  const cpu = cpuOf(cpuTimes, times.length);
  return {name, times, ...summarize(times), cpu, parts: split, peakKiB, warmups, runs};
}
