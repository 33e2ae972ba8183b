import {cp, mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {VFile} from 'vfile';
import {checkSite, openSite, type CheckedSite, type SiteSession} from '../src/index.js';

const siteYaml = 'title: Test Site\nbaseUrl: https://example.com\ntimeZone: UTC\nauthor:\n  name: A Writer\n';
const targetPath = 'posts/2020-01-02-target.md';
const linkingPath = 'posts/2020-01-03-linking.md';
const otherPath = 'posts/2020-01-04-other.md';
const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\nIntro.\n\n## A section {#section}\n\nText.\n';
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#section).\n';
const other = '---\ntitle: Other\ndate: 2020-01-04\n---\n\nSee [the other](./2020-01-03-linking.md).\n';

const made: string[] = [];

async function makeSite(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'folio-first-'));
  made.push(root);
  for (const [path, contents] of Object.entries({'site.yaml': siteYaml, ...files})) {
    await mkdir(dirname(join(root, path)), {recursive: true});
    await writeFile(join(root, path), contents);
  }
  return root;
}

const shown = (file: VFile | undefined): string[] => (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`).sort();

function sourceOf(checked: CheckedSite, path: string): VFile | undefined {
  return checked.sources.find((source) => source.file.path === path)?.file;
}

/** What `folio check` gives each file of `dir` with `buffers` saved over it. */
async function checkedWith(dir: string, buffers: Record<string, string>): Promise<CheckedSite> {
  const copy = await mkdtemp(join(tmpdir(), 'folio-first-saved-'));
  made.push(copy);
  await cp(dir, copy, {recursive: true});
  for (const [path, text] of Object.entries(buffers)) await writeFile(join(copy, path), text);
  return checkSite({contentDir: copy});
}

/** Open a session of `dir`, check it once (as the editor's first answer leaves it), and run `work`. */
async function withChecked(dir: string, work: (session: SiteSession) => Promise<void>): Promise<void> {
  const session = await openSite({contentDir: dir});
  try {
    await session.check();
    await work(session);
  } finally {
    await session.close();
  }
}

describe('checkFirst', () => {
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, {recursive: true, force: true})));
  });

  it('should answer an edit of prose alone, against the other files as they are, with their messages unchanged', async () => {
    const dir = await makeSite({[targetPath]: target, [linkingPath]: linking, [otherPath]: other});
    // New prose, with a link to an anchor the linked post does not have and a footnote never defined.
    const edited = linking.replace('See', 'See [a missing one](./2020-01-02-target.md#nowhere) and[^x]\n\nsee');
    const expected = await checkedWith(dir, {[linkingPath]: edited});
    expect(shown(sourceOf(expected, linkingPath)).map((line) => line.split(' ')[1])).toEqual(['no-missing-anchor', 'no-undefined-footnote']);
    await withChecked(dir, async (session) => {
      session.setBuffer(linkingPath, edited);
      const answer = await session.checkFirst(linkingPath);
      expect(answer.others).toBe('unchanged');
      expect(answer.checked.sources.map((source) => source.file.path)).toEqual([linkingPath]);
      expect(shown(sourceOf(answer.checked, linkingPath))).toEqual(shown(sourceOf(expected, linkingPath)));
      // The rest, checked whole, is what `check` gives on the saved site.
      const whole = await session.check();
      for (const path of [targetPath, linkingPath, otherPath]) expect(shown(sourceOf(whole, path))).toEqual(shown(sourceOf(expected, path)));
      // Asked again with nothing changed: the same answer, from what is held.
      const again = await session.checkFirst(linkingPath);
      expect(again.others).toBe('unchanged');
      expect(shown(sourceOf(again.checked, linkingPath))).toEqual(shown(sourceOf(expected, linkingPath)));
    });
  });

  it('should say other files may change when a buffer renames a heading they link to, and give theirs as `check` does', async () => {
    const dir = await makeSite({[targetPath]: target, [linkingPath]: linking});
    const renamed = target.replace('{#section}', '{#renamed}');
    const expected = await checkedWith(dir, {[targetPath]: renamed});
    expect(shown(sourceOf(expected, linkingPath)).map((line) => line.split(' ')[1])).toEqual(['no-missing-anchor']);
    await withChecked(dir, async (session) => {
      session.setBuffer(targetPath, renamed);
      const answer = await session.checkFirst(targetPath);
      expect(answer.others).toBe('changed');
      expect(shown(sourceOf(answer.checked, targetPath))).toEqual(shown(sourceOf(expected, targetPath)));
      // The other file, asked next, sees the renamed heading.
      expect(shown(await session.lint(linkingPath))).toEqual(shown(sourceOf(expected, linkingPath)));
      // Renamed back: the link resolves again.
      session.setBuffer(targetPath, target);
      await session.checkFirst(targetPath);
      expect(shown(await session.lint(linkingPath))).toEqual([]);
    });
  });

  it('should report two posts on one output path on the buffer that makes them, as `check` does, with the site files', async () => {
    const dir = await makeSite({[targetPath]: target, [linkingPath]: linking});
    // An alias that is the other post's URL: the build would write one file twice.
    const clashing = linking.replace('date: 2020-01-03\n', 'date: 2020-01-03\naliases:\n  - /2020/01/02/target/\n');
    const expected = await checkedWith(dir, {[linkingPath]: clashing});
    expect(shown(sourceOf(expected, linkingPath)).some((line) => line.includes('no-duplicate-output'))).toBe(true);
    await withChecked(dir, async (session) => {
      session.setBuffer(linkingPath, clashing);
      const answer = await session.checkFirst(linkingPath);
      expect(answer.others).toBe('changed');
      expect(shown(sourceOf(answer.checked, linkingPath))).toEqual(shown(sourceOf(expected, linkingPath)));
      expect(shown(answer.checked.configFile)).toEqual(shown(expected.configFile));
      expect(shown(answer.checked.manifestFile)).toEqual(shown(expected.manifestFile));
      const whole = await session.check();
      for (const path of [targetPath, linkingPath]) expect(shown(sourceOf(whole, path))).toEqual(shown(sourceOf(expected, path)));
      // Edited on in the prose, the clash stays reported: the whole-site messages are held with the file.
      const more = clashing.replace('See', 'Now see');
      session.setBuffer(linkingPath, more);
      const next = await session.checkFirst(linkingPath);
      expect(next.others).toBe('unchanged');
      expect(shown(sourceOf(next.checked, linkingPath))).toEqual(shown(sourceOf(await checkedWith(dir, {[linkingPath]: more}), linkingPath)));
    });
  });

  it('should check the whole site when a file other than the one asked about changed', async () => {
    const dir = await makeSite({[targetPath]: target, [linkingPath]: linking});
    await withChecked(dir, async (session) => {
      await writeFile(join(dir, targetPath), target.replace('{#section}', '{#renamed}'));
      await session.refresh([targetPath]);
      const answer = await session.checkFirst(linkingPath);
      expect(answer.others).toBe('included');
      expect(shown(sourceOf(answer.checked, linkingPath)).map((line) => line.split(' ')[1])).toEqual(['no-missing-anchor']);
    });
  });
});
