import {execFile} from 'node:child_process';
import {cliPath, testCacheDir} from './make-site.js';

export interface TracedRun {
  code: number | null;
  /** `SIGKILL` when an injected kill ended the build. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the bundled CLI under strace with faults injected, e.g.
 * `rename:signal=KILL:when=3` (the third rename kills the build) or
 * `pwrite64:error=ENOSPC:when=1` (the first positional write finds the disk
 * full). Each `inject` is one `--inject=` option; counts are per thread,
 * and the build does its writes and renames on its main thread.
 */
export function runInjected(strace: string, inject: string[], args: string[], cwd?: string, extra: Record<string, string> = {}): Promise<TracedRun> {
  // As runCli: no deployed record fetched, nothing from the runner's job.
  const env: Record<string, string | undefined> = {...process.env, FOLIO_CACHE_DIR: testCacheDir, FOLIO_PUBLISHED: 'none', ...extra};
  delete env['CI'];
  delete env['FOLIO_WORKERS'];
  delete env['GITHUB_STEP_SUMMARY'];
  delete env['FOLIO_CHANGED_FILES'];
  const options = ['-f', '-qq', '-o', '/dev/null', ...inject.map((fault) => `--inject=${fault}`)];
  return new Promise((resolve) => {
    execFile(strace, [...options, process.execPath, cliPath, ...args], {cwd, env, maxBuffer: 16 * 1024 * 1024}, (error, stdout, stderr) => {
      // strace ends as its tracee did: killed by the same signal, or with its exit code.
      const signal = error?.signal ?? (error?.code === 137 ? 'SIGKILL' : null);
      const code = signal ? null : error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({code, signal, stdout, stderr});
    });
  });
}
