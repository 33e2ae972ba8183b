import {execFile} from 'node:child_process';
import {cp, mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {cliPath, makeSite} from './helpers/make-site.js';

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

  it('should highlight code and fill a site\'s layout as the per-package CLI does, its grammars loaded from beside the bundle', async () => {
    const env: NodeJS.ProcessEnv = {...process.env, FOLIO_CACHE: 'off', FOLIO_PUBLISHED: 'none'};
    delete env.CI;
    const site = await makeSite({
      'posts/2020-01-02-code.md': '---\ntitle: Code\ndate: 2020-01-02\n---\n\n```go\nfunc main() {}\n```\n',
      'theme/layouts/post.html': '<article class="essay"><h1>{{title}}</h1>{{content}}</article>\n'
    });
    const outs = [`${site}-bundled`, `${site}-per-package`];
    for (const [index, bin] of [cliPath, unbundled].entries()) await run(process.execPath, [bin, 'build', '--content', site, '--out', outs[index]!, '--no-cache'], {env, cwd: tmpdir()});
    const [bundled, perPackage] = await Promise.all(outs.map((out) => readTree(out)));
    const page = Buffer.from(bundled!.get('2020/01/02/code/index.html') ?? '', 'base64').toString('utf8');
    expect(page).toContain('<article class="essay"><h1>Code</h1><pre tabindex="0"><code class="language-go"><span class="pl-k">func</span>');
    expect(bundled).toEqual(perPackage);
  });
});
