import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {MessageRecord} from '@folio/cli';
import {runCli} from './helpers/make-site.js';

const notesPath = 'posts/2013-01-14-notes-on-distributed-systems-for-young-bloods.md';
const notesUrl = '/2013/01/14/notes-on-distributed-systems-for-young-bloods/';
const notesFeedId = 'tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/notes-on-distributed-systems-for-young-bloods/';
const capHeading = '## Use the CAP theorem to critique systems. {#cap}';

type JsonMessage = MessageRecord;

const essays = resolve(import.meta.dirname, 'fixtures/something-similar');

/** A copy of the frozen essays, as a writer's working tree. */
async function copyContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-permalinks-'));
  await cp(essays, dir, {recursive: true});
  return dir;
}

async function edit(dir: string, path: string, change: (text: string) => string): Promise<void> {
  const file = join(dir, path);
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(file, after);
}

async function check(dir: string, ci = false): Promise<{code: number; messages: JsonMessage[]}> {
  const run = await runCli(['check', '--content', dir, '--format', 'json'], undefined, ci);
  return {code: run.code, messages: JSON.parse(run.stdout) as JsonMessage[]};
}

function stable(messages: JsonMessage[]): JsonMessage[] {
  return messages.filter((message) => message.ruleId === 'stable-permalinks');
}

describe('stable permalinks', () => {
  it('should pass on the essays, whose record holds the published anchors', async () => {
    const record = JSON.parse(await readFile(join(essays, 'permalinks.json'), 'utf8')) as {
      urls: Record<string, {anchors: string[]; feedId?: string}>;
    };
    const notes = record.urls[notesUrl];
    expect(notes?.anchors).toEqual(expect.arrayContaining(['cap', 'metrics', 'fn:1', 'fnref:1', 'fail', 'services']));
    expect(notes?.feedId).toBe(notesFeedId);
    const dir = await copyContent();
    expect(await check(dir, true)).toEqual({code: 0, messages: []});
  });

  it('should fail when the CAP heading loses its id, suggesting the new id and how to keep the old one', async () => {
    const dir = await copyContent();
    await edit(dir, notesPath, (text) => text.replace(capHeading, '## Use the CAP theorem to critique designs. {#critique}'));
    const {code, messages} = await check(dir);
    expect(code).toBe(1);
    const [lost] = stable(messages).filter((message) => message.severity === 'error');
    expect(lost).toMatchObject({file: notesPath, ruleId: 'stable-permalinks'});
    expect(lost?.message).toContain('Unexpected lost anchor `#cap`');
    expect(lost?.message).toContain('did you mean `#critique`?');
    expect(lost?.message).toContain('`{#cap}`');
    expect(lost?.message).toContain('`{#critique #cap}`');
    const text = await readFile(join(dir, notesPath), 'utf8');
    expect(lost?.line).toBe(text.split('\n').findIndex((line) => line.includes('{#critique}')) + 1);
  });

  it('should pass when the renamed heading keeps its id, written explicitly or as an alias', async () => {
    const explicit = await copyContent();
    await edit(explicit, notesPath, (text) => text.replace(capHeading, '## Use the CAP theorem to critique designs. {#cap}'));
    expect((await check(explicit)).code).toBe(0);

    const alias = await copyContent();
    await edit(alias, notesPath, (text) => text.replace(capHeading, '## Use the CAP theorem to critique designs. {#critique #cap}'));
    // A new id is never an error, in CI or not: a writer needs no local build.
    expect(await check(alias)).toEqual({code: 0, messages: []});
    expect(await check(alias, true)).toEqual({code: 0, messages: []});
    const out = `${alias}-out`;
    expect((await runCli(['build', '--content', alias, '--out', out], undefined, true)).code).toBe(0);
    const html = await readFile(join(out, notesUrl, 'index.html'), 'utf8');
    expect(html).toMatch(/id="cap"/);
    expect(html).toMatch(/id="critique"/);
    await rm(out, {recursive: true, force: true});
  });

  it('should fail when the Notes slug changes without an alias, and redirect the old URL with one', async () => {
    const dir = await copyContent();
    await edit(dir, notesPath, (text) => text.replace('---\ntitle:', '---\nslug: young-bloods\ntitle:'));
    const {code, messages} = await check(dir);
    expect(code).toBe(1);
    expect(stable(messages)[0]?.message).toContain(`Unexpected lost URL \`${notesUrl}\``);
    expect(stable(messages)[0]?.file).toBe(notesPath);

    await edit(dir, notesPath, (text) => text.replace('slug: young-bloods\n', `slug: young-bloods\naliases:\n  - ${notesUrl}\n`));
    expect((await check(dir)).code).toBe(0);
    const out = `${dir}-out`;
    expect((await runCli(['build', '--content', dir, '--out', out])).code).toBe(0);
    const redirect = await readFile(join(out, notesUrl, 'index.html'), 'utf8');
    const target = 'https://www.somethingsimilar.com/2013/01/14/young-bloods/';
    expect(redirect).toContain(`<link rel="canonical" href="${target}">`);
    expect(redirect).toContain(`content="0; url=${target}"`);
    const feed = await readFile(join(out, 'atom.xml'), 'utf8');
    expect(feed).toContain(`<id>${notesFeedId}</id>`);
    await rm(out, {recursive: true, force: true});
  });

  it('should keep the feed entry id when the date changes', async () => {
    const dir = await copyContent();
    await edit(dir, notesPath, (text) =>
      text.replace('date: 2013-01-14T08:15:00-08:00', `date: 2013-01-15T08:15:00-08:00\naliases:\n  - ${notesUrl}`)
    );
    const out = `${dir}-out`;
    const run = await runCli(['build', '--content', dir, '--out', out]);
    expect(run.code).toBe(0);
    const feed = await readFile(join(out, 'atom.xml'), 'utf8');
    expect(feed).toContain(`<id>${notesFeedId}</id>`);
    expect(feed).toContain('/2013/01/15/notes-on-distributed-systems-for-young-bloods/');
    await rm(out, {recursive: true, force: true});
  });

  it('should fail when a post is deleted, unless its URL is retired with a reason', async () => {
    const dir = await copyContent();
    await rm(join(dir, 'posts/2012-07-23-monorail.md'));
    const {code, messages} = await check(dir);
    expect(code).toBe(1);
    expect(stable(messages)).toEqual([
      expect.objectContaining({file: 'permalinks.json', severity: 'error', message: expect.stringContaining('Unexpected removal of published URL `/2012/07/23/monorail/`')})
    ]);
    const record = JSON.parse(await readFile(join(dir, 'permalinks.json'), 'utf8')) as {retired?: Record<string, string>};
    record.retired = {'/2012/07/23/monorail/': 'Withdrawn by the author.'};
    await writeFile(join(dir, 'permalinks.json'), JSON.stringify(record, null, 2));
    expect(await check(dir)).toEqual({code: 0, messages: []});
  });
});
