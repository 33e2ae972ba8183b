import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {VFile} from 'vfile';
import {checkedFiles, openSite, stepNames, type SiteSession} from '../src/index.js';

const siteYaml = 'title: Test Site\nbaseUrl: https://example.com\ntimeZone: UTC\nauthor:\n  name: A Writer\n';
const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#section).\n';

async function makeSite(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'folio-session-'));
  for (const [path, contents] of Object.entries({'site.yaml': siteYaml, ...files})) {
    await mkdir(dirname(join(root, path)), {recursive: true});
    await writeFile(join(root, path), contents);
  }
  return root;
}

/** Run `work` on a session of a new site, then close it and remove the site. */
async function withSession(files: Record<string, string | Uint8Array>, work: (session: SiteSession, dir: string) => Promise<void>): Promise<void> {
  const dir = await makeSite(files);
  const session = await openSite({contentDir: dir});
  try {
    await work(session, dir);
  } finally {
    await session.close();
    await rm(dir, {recursive: true, force: true});
  }
}

const rules = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe('openSite', () => {
  it('should check every file, then see a change on disk after a refresh', async () => {
    await withSession({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking}, async (session, dir) => {
      expect(checkedFiles(await session.check()).flatMap(rules)).toEqual([]);
      await writeFile(join(dir, 'posts/2020-01-02-target.md'), target.replace('{#section}', '{#renamed}'));
      // Not read again until asked.
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual([]);
      await session.refresh([join(dir, 'posts/2020-01-02-target.md')]);
      expect(rules(await session.lint(join(dir, 'posts/2020-01-03-linking.md')))).toEqual(['6:5 no-missing-anchor']);
    });
  });

  it('should use an unsaved buffer for its own file and for every other file, until it is dropped', async () => {
    await withSession({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking}, async (session, dir) => {
      session.setBuffer('posts/2020-01-02-target.md', target.replace('{#section}', '{#renamed}') + '\n[^x]\n');
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual(['6:5 no-missing-anchor']);
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual(['10:1 no-undefined-footnote']);
      session.setBuffer('posts/2020-01-02-target.md', undefined);
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual([]);
    });
  });

  it('should report bytes that are not UTF-8 as `encoding`, on disk and after a refresh of everything', async () => {
    await withSession({'posts/2020-01-02-target.md': target}, async (session, dir) => {
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual([]);
      await writeFile(join(dir, 'posts/2020-01-02-target.md'), Buffer.concat([Buffer.from(target), Buffer.from([0xff, 0x0a])]));
      await session.refresh();
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual(['9:1 encoding']);
      expect(await session.outputs()).toBeUndefined();
    });
  });

  it('should give every output in memory, and time each step it ran', async () => {
    await withSession({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking}, async (session, dir) => {
      const site = await session.outputs();
      expect(site?.outputs.map((output) => output.path)).toContain('2020/01/03/linking/index.html');
      const page = site?.outputs.find((output) => output.path === '2020/01/02/target/index.html');
      expect(Buffer.from(page?.contents as Uint8Array).toString()).toContain('id="section"');
      const steps = session.timings.map((timing) => timing.step);
      expect(steps).toEqual(stepNames.filter((step) => steps.includes(step)));
      expect(steps).toEqual(expect.arrayContaining(['read', 'collect', 'index', 'find stale', 'render', 'assemble']));
    });
  });

  it('should read a post as the check does: a byte order mark is not text', async () => {
    await withSession({'posts/2020-01-02-target.md': `\uFEFF${target}`, 'images/x.png': 'png'}, async (session, dir) => {
      const checked = await session.check();
      expect(checked.sources.map((source) => source.facts?.anchors.map((anchor) => anchor.id))).toEqual([['section']]);
      expect(checkedFiles(checked).flatMap(rules)).toEqual([]);
      expect(checked.assets).toEqual(['images/x.png']);
    });
  });

  it('should lint at the severities `rules:` in site.yaml gives', async () => {
    const files = {'site.yaml': `${siteYaml}rules:\n  no-missing-anchor: warn\n`, 'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking.replace('#section', '#nowhere')};
    await withSession(files, async (session) => {
      const file = await session.lint('posts/2020-01-03-linking.md');
      expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['no-missing-anchor', false]]);
    });
  });
});
