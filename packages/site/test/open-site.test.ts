import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {VFile} from 'vfile';
import {checkedFiles, openSite, stepNames} from '../src/index.js';

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

const rules = (file: VFile) => file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe('openSite', () => {
  it('should check every file, then see a change on disk after a refresh', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking});
    const session = await openSite({contentDir: dir});
    try {
      expect(checkedFiles(await session.check()).flatMap(rules)).toEqual([]);
      await writeFile(join(dir, 'posts/2020-01-02-target.md'), target.replace('{#section}', '{#renamed}'));
      // Not read again until asked.
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual([]);
      await session.refresh([join(dir, 'posts/2020-01-02-target.md')]);
      expect(rules(await session.lint(join(dir, 'posts/2020-01-03-linking.md')))).toEqual(['6:5 no-missing-anchor']);
    } finally {
      await session.close();
      await rm(dir, {recursive: true, force: true});
    }
  });

  it('should use an unsaved buffer for its own file and for every other file, until it is dropped', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking});
    const session = await openSite({contentDir: dir});
    try {
      session.setBuffer('posts/2020-01-02-target.md', target.replace('{#section}', '{#renamed}') + '\n[^x]\n');
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual(['6:5 no-missing-anchor']);
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual(['10:1 no-undefined-footnote']);
      session.setBuffer('posts/2020-01-02-target.md', undefined);
      expect(rules(await session.lint('posts/2020-01-03-linking.md'))).toEqual([]);
    } finally {
      await session.close();
      await rm(dir, {recursive: true, force: true});
    }
  });

  it('should report bytes that are not UTF-8 as `encoding`, on disk and after a refresh of everything', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target});
    const session = await openSite({contentDir: dir});
    try {
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual([]);
      await writeFile(join(dir, 'posts/2020-01-02-target.md'), Buffer.concat([Buffer.from(target), Buffer.from([0xff, 0x0a])]));
      await session.refresh();
      expect(rules(await session.lint('posts/2020-01-02-target.md'))).toEqual(['9:1 encoding']);
      expect(await session.outputs()).toBeUndefined();
    } finally {
      await session.close();
      await rm(dir, {recursive: true, force: true});
    }
  });

  it('should give every output in memory, and time each step it ran', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking});
    const session = await openSite({contentDir: dir});
    try {
      const site = await session.outputs();
      expect(site?.outputs.map((output) => output.path)).toContain('2020/01/03/linking/index.html');
      const page = site?.outputs.find((output) => output.path === '2020/01/02/target/index.html');
      expect(Buffer.from(page?.contents as Uint8Array).toString()).toContain('id="section"');
      const steps = session.timings.map((timing) => timing.step);
      expect(steps).toEqual(stepNames.filter((step) => steps.includes(step)));
      expect(steps).toEqual(expect.arrayContaining(['read', 'collect', 'index', 'find stale', 'render', 'assemble']));
    } finally {
      await session.close();
      await rm(dir, {recursive: true, force: true});
    }
  });
});
