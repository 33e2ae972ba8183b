import {execFile} from 'node:child_process';
import {cp, mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {cliPath} from './helpers/make-site.js';

const run = promisify(execFile);
const unbundled = resolve(import.meta.dirname, '../packages/cli/dist/bin.js');
const content = resolve(import.meta.dirname, 'fixtures/something-similar');

// The bundle is what `npm run build` runs; the per-package output is what libraries import.
describe('the bundled CLI', () => {
  it('should be a bundle, not the per-package entry', () => {
    expect(cliPath).toMatch(/dist[/\\]bundle[/\\]folio\.js$/);
  });

  it('should check and build the frozen essays exactly as the per-package CLI does', async () => {
    const env: NodeJS.ProcessEnv = {...process.env, FOLIO_CACHE: 'off', FOLIO_PUBLISHED: 'none'};
    delete env.CI;
    const checks = await Promise.all([cliPath, unbundled].map((bin) => run(process.execPath, [bin, 'check', '--content', content, '--format', 'json'], {env})));
    expect(JSON.parse(checks[0]!.stdout)).toEqual(JSON.parse(checks[1]!.stdout));

    const outs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'folio-bundle-'))));
    // A copy of the content each: a build grows its permalinks.json.
    await Promise.all(
      [cliPath, unbundled].map(async (bin, index) => {
        await cp(content, join(outs[index]!, 'content'), {recursive: true});
        await run(process.execPath, [bin, 'build', '--content', join(outs[index]!, 'content'), '--out', join(outs[index]!, 'site')], {env});
      })
    );
    const [bundled, perPackage] = await Promise.all(outs.map((out) => readTree(join(out, 'site'))));
    expect(bundled!.size).toBeGreaterThan(5);
    expect(bundled).toEqual(perPackage);
  });
});
