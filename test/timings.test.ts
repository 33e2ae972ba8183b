import {main} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {testCacheDir} from './helpers/make-site.js';
import {makeTempSite} from './helpers/run-main.js';

const post = '---\ntitle: First\ndate: 2020-01-02\n---\n\nText.\n';

/** The step names of each `folio: STEP  N ms` line. */
const steps = (stderr: string) => [...stderr.matchAll(/^folio: (.+?) +\d+\.\d ms$/gm)].map((match) => match[1]);

describe('FOLIO_TIMINGS=1', () => {
  it('should print the time of each step of a build, in order, and nothing without it', async () => {
    const site = await makeTempSite({'posts/2020-01-02-first.md': post});
    const build = await main(['build', '--content', site.content, '--published', 'none', '--out', site.out], {cacheDir: testCacheDir, timings: true});
    expect(build.exitCode).toBe(0);
    expect(steps(build.stderr)).toEqual(['read', 'collect', 'index', 'find stale', 'check', 'render', 'assemble', 'write', 'record']);
    const check = await main(['check', '--content', site.content, '--published', 'none'], {cacheDir: testCacheDir});
    expect(check.stderr).toBe('');
  });
});
