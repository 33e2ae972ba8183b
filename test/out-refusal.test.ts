import {mkdir, mkdtemp, readFile, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTree} from './helpers/built-site.js';
import {runCli, siteYaml} from './helpers/make-site.js';

const post = '---\ntitle: First\ndate: 2020-01-02\n---\n\nText.\n';

/** A throwaway repository: `.git`, `content/` and a notes file, all of which must survive. */
async function throwawayRepo(): Promise<string> {
  const repo = await mkdtemp(join(tmpdir(), 'folio-repo-'));
  await mkdir(join(repo, '.git', 'refs'), {recursive: true});
  await writeFile(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await mkdir(join(repo, 'content', 'posts'), {recursive: true});
  await writeFile(join(repo, 'content', 'site.yaml'), siteYaml);
  await writeFile(join(repo, 'content', 'posts', '2020-01-02-first.md'), post);
  await writeFile(join(repo, 'notes.txt'), 'my notes\n');
  return repo;
}

async function snapshot(repo: string): Promise<unknown> {
  return {git: await readTree(join(repo, '.git')), content: await readTree(join(repo, 'content')), notes: await readFile(join(repo, 'notes.txt'), 'utf8')};
}

describe('an --out that would destroy something', () => {
  it.each([
    ['empty', '', 'Unexpected empty `--out`'],
    ['the current directory', '.', 'it contains the content directory'],
    ['the content directory', 'content', 'it is the content directory'],
    ['the parent directory', '..', 'it contains the content directory'],
    ['a file', 'notes.txt', 'it is a file, not a folder'],
    ['below a file', 'notes.txt/site', 'on its way is a file, not a folder'],
    ['a folder inside the content', 'content/site', 'it lies inside the content directory'],
    ['a link to the content', 'linked', 'it is the content directory']
  ])('should refuse %s with exit 2 and lose nothing (build and dev)', async (_name, out, reason) => {
    const repo = await throwawayRepo();
    await symlink('content', join(repo, 'linked'));
    const before = await snapshot(repo);
    for (const command of ['build', 'dev']) {
      const run = await runCli([command, '--content', 'content', '--out', out], repo);
      expect({command, code: run.code, stdout: run.stdout}).toEqual({command, code: 2, stdout: ''});
      expect(run.stderr).toContain(reason);
      expect(run.stderr).not.toContain('internal error');
    }
    expect(await snapshot(repo)).toEqual(before);
  });

  it('should refuse the repository root by its absolute path, and a repository elsewhere', async () => {
    const repo = await throwawayRepo();
    const before = await snapshot(repo);
    const root = await runCli(['build', '--content', 'content', '--out', repo], repo);
    expect(root.code).toBe(2);
    expect(root.stderr).toContain('it contains the content directory');
    // Content from elsewhere: the repository at --out is still refused.
    const other = await throwawayRepo();
    const elsewhere = await runCli(['build', '--content', join(other, 'content'), '--out', repo], other);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('it holds a repository (`.git`)');
    expect(await snapshot(repo)).toEqual(before);
  });

  it('should refuse a folder of files folio did not write, and build into a new or empty one', async () => {
    const repo = await throwawayRepo();
    await mkdir(join(repo, 'docs'));
    await writeFile(join(repo, 'docs', 'plan.md'), 'my plan\n');
    const refused = await runCli(['build', '--content', 'content', '--out', 'docs'], repo);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('it holds files and no `permalinks.json`');
    expect(await readFile(join(repo, 'docs', 'plan.md'), 'utf8')).toBe('my plan\n');

    const before = await snapshot(repo);
    await mkdir(join(repo, 'empty'));
    for (const out of ['dist', 'empty']) {
      expect((await runCli(['build', '--content', 'content', '--out', out], repo)).code).toBe(0);
      // A folder a build wrote is built into again.
      expect((await runCli(['build', '--content', 'content', '--out', out], repo)).code).toBe(0);
      expect(await readFile(join(repo, out, '2020/01/02/first/index.html'), 'utf8')).toContain('First');
    }
    const after = (await snapshot(repo)) as {content: Map<string, string>};
    // The build adds the record of what it published to the content; nothing else changes.
    after.content.delete('permalinks.json');
    expect(after).toEqual(before);
  });
});
