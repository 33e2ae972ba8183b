import {execFile} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve, sep} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = resolve(import.meta.dirname, '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, {cwd, env, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      done({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr});
    });
  });
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = {...process.env, GIT_AUTHOR_NAME: 'A Writer', GIT_AUTHOR_EMAIL: 'writer@example.com', GIT_COMMITTER_NAME: 'A Writer', GIT_COMMITTER_EMAIL: 'writer@example.com'};
  const result = await run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], cwd, env);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function edit(path: string, from: string, to: string): Promise<void> {
  const before = await readFile(path, 'utf8');
  expect(before, path).toContain(from);
  await writeFile(path, before.replace(from, to));
}

const notes = 'content/posts/2013-01-14-notes-on-distributed-systems-for-young-bloods.md';
const phoneCalls = 'content/posts/2017-01-24-a-couple-of-phone-calls-to-congresspeople.md';

// A writer's clone of this repository: a typo fixed, a post added and a
// heading reworded with its id kept, committed without `npm run build`.
// Then what CI runs on their pull request must pass. (The suite itself is not
// run inside the clone, which would double its time: that no test reads the
// live content/ is asserted below instead.)
describe('a writer’s change in a fresh clone', () => {
  let work = '';
  let clone = '';
  let server: Server | undefined;
  let deployed = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'folio-clone-'));
    const origin = join(work, 'origin');
    // The repository as committed: its tracked files (the toolchain and the content), in a repository of their own.
    const tracked = (await git(root, 'ls-files', '-z')).split('\0').filter((path) => path !== '');
    for (const path of tracked) {
      await mkdir(join(origin, path, '..'), {recursive: true});
      await cp(join(root, path), join(origin, path)).catch(async (error: NodeJS.ErrnoException) => {
        // A file deleted in the working tree but still in the index.
        if (error.code !== 'ENOENT') throw error;
      });
    }
    await git(origin, 'init', '-q');
    await git(origin, 'add', '-A');
    await git(origin, 'commit', '-q', '-m', 'The site as deployed');
    clone = join(work, 'clone');
    await git(work, 'clone', '-q', origin, clone);
    // The installed dependencies stand in for `npm ci`, which needs the network.
    await symlink(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    // .gitignore's `node_modules/` does not match a link: keep it out of the writer's commit.
    await writeFile(join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
    // The deployed site's record is what the origin's content published.
    const record = await readFile(join(origin, 'content', 'permalinks.json'), 'utf8');
    server = createServer((request, response) => {
      response.writeHead(request.url === '/permalinks.json' ? 200 : 404, {'content-type': 'application/json'});
      response.end(request.url === '/permalinks.json' ? record : '');
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    deployed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/permalinks.json`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (work) await rm(work, {recursive: true, force: true});
  });

  // Two `npm run` in a fresh clone, each compiling the toolchain first: minutes on a loaded machine.
  it('should pass CI’s check and build after a typo fix, a new post and a reworded heading, committed without a build', {timeout: 600_000}, async () => {
    await edit(join(clone, phoneCalls), 'as a consituent to make', 'as a constituent to make');
    await writeFile(
      join(clone, 'content/posts/2026-12-01-a-new-post.md'),
      '---\ntitle: A New Post\ndate: 2026-12-01\ndescription: Written in the browser.\n---\n\nFirst words, and [a link to the CAP section](./2013-01-14-notes-on-distributed-systems-for-young-bloods.md#cap).\n\n## A section {#a-section}\n\nMore words.\n'
    );
    await edit(join(clone, notes), '## Use the CAP theorem to critique systems. {#cap}', '## Use the CAP theorem to critique designs. {#cap}');
    await git(clone, 'add', '-A');
    await git(clone, 'commit', '-q', '-m', 'A writer’s change');
    expect((await git(clone, 'diff', '--name-only', 'HEAD^1', 'HEAD')).trim().split('\n').every((path) => path.startsWith('content/'))).toBe(true);

    const summary = join(work, 'summary.md');
    const env: NodeJS.ProcessEnv = {...process.env, CI: 'true', FOLIO_PUBLISHED: deployed, FOLIO_CACHE_DIR: join(work, 'cache'), GITHUB_STEP_SUMMARY: summary};
    delete env.FOLIO_CHANGED_FILES;
    const check = await run('npm', ['run', 'check', '--silent', '--', '--format', 'github'], clone, env);
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe('');
    expect(check.code).toBe(0);
    const published = await readFile(summary, 'utf8');
    expect(published).toContain('## folio: 0 errors, 0 warnings');
    expect(published).toMatch(/\| added \| \[`\/2026\/12\/01\/a-new-post\/`\]\(https:\/\/www\.somethingsimilar\.com\/2026\/12\/01\/a-new-post\/\) \| A New Post \| \+`#a-section` \|/);

    const build = await run('npm', ['run', 'build', '--silent'], clone, env);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const record = JSON.parse(await readFile(join(clone, 'dist', 'permalinks.json'), 'utf8')) as {urls: Record<string, {anchors: string[]}>};
    expect(record.urls['/2026/12/01/a-new-post/']?.anchors).toEqual(['a-section']);
    expect(record.urls['/2013/01/14/notes-on-distributed-systems-for-young-bloods/']?.anchors).toContain('cap');
  });

  it('should have no test that reads the live content/, so a writer’s change fails none', async () => {
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, {withFileTypes: true})) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'fixtures' && entry.name !== '__snapshots__') await walk(path);
        else if (entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name)) files.push(path);
      }
    };
    await walk(join(root, 'test'));
    for (const name of await readdir(join(root, 'packages'))) await walk(join(root, 'packages', name, 'test')).catch(() => undefined);
    expect(files.length).toBeGreaterThan(20);
    // The ways a test could name the repository's content/: a path up to it,
    // a segment joined to the repository root, or the CLI's argument.
    const reads = [/(\.\.\/)+content\b/, /(repoRoot|root|import\.meta\.dirname),\s*(['"]\.\.['"],\s*)*['"]content['"]/, /--content['"],\s*['"]content\/?['"]/];
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      // A test that makes its own folder (mkdtemp) and names it `root`, or
      // runs the CLI there on its own `content/`, reads no live essays: only
      // a `root` that is the repository's counts, and the bare argument only
      // in a test that makes no folder of its own.
      const ownFolder = /\bmkdtemp\(/.test(text);
      const rootIsRepository = /\b(?:const|let)\s+root\s*=\s*(?:resolve\(import\.meta\.dirname|fileURLToPath\(new URL\(['"]\.\.)/.test(text) || !/\b(?:const|let)\s+root\s*=/.test(text);
      const [climb, joined, argument] = reads as [RegExp, RegExp, RegExp];
      const joinedHere = rootIsRepository ? joined : /(repoRoot|import\.meta\.dirname),\s*(['"]\.\.['"],\s*)*['"]content['"]/;
      for (const pattern of [climb, joinedHere, ...(ownFolder ? [] : [argument])]) {
        if (pattern.test(text)) offenders.push(`${relative(root, file).split(sep).join('/')}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
    // The patterns do catch what tests wrote before the essays were frozen
    // (put together here, so that this file does not match itself).
    const content = 'content';
    expect(reads.some((pattern) => pattern.test(`cp(resolve(import.meta.dirname, '../${content}'), dir)`))).toBe(true);
    expect(reads.some((pattern) => pattern.test(`['build', '--${content}', '${content}', '--out', dir]`))).toBe(true);
    expect(reads.some((pattern) => pattern.test(`join(repoRoot, '${content}', 'site.yaml')`))).toBe(true);
  });
});
