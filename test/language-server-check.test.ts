import {readdirSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {readSiteConfig} from '@folio/core';
import {listContent} from '@folio/lint';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LspClient, openDocument, startServer, type Published} from './helpers/lsp-client.js';
import {checkedOn, checkRecords, copySite, fromEditor, markdownFiles, shownOn, sortShown, type Shown} from './helpers/lsp-messages.js';
import {makeSite} from './helpers/make-site.js';

const fixtures = resolve(import.meta.dirname, 'fixtures');

/** Every whole-site fixture: each folder under `test/fixtures` with a `site.yaml`. */
const wholeSites = readdirSync(fixtures, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile() && entry.name === 'site.yaml')
  .map((entry) => relative(fixtures, entry.parentPath).split(sep).join('/'))
  .sort();

/** The posts and pages `npm run check` reads in `dir`, or none when site.yaml cannot be read. */
async function sourcesOf(dir: string): Promise<Set<string>> {
  const {config} = readSiteConfig(await readFile(join(dir, 'site.yaml'), 'utf8'));
  if (!config) return new Set();
  return new Set((await listContent(dir, [], config.posts)).sources);
}

/** What the editor shows on `file` of `dir` when it is opened with its text on disk. */
async function opened(client: LspClient, dir: string, file: string): Promise<Shown[]> {
  const {diagnostics} = await openDocument(client, join(dir, file), await readFile(join(dir, file), 'utf8'));
  return sortShown(diagnostics.map(fromEditor));
}

const notice = (text: string): Shown[] => [{ruleId: 'unknown', line: 1, column: 1, severity: 'info', message: expect.stringContaining(text) as unknown as string}];

describe('language server and `npm run check` on every whole-site fixture', () => {
  it('should find the fixtures', () => {
    expect(wholeSites).toEqual(expect.arrayContaining(['sites/clean', 'sites/rules-configured', 'blogs/jekyll', 'something-similar']));
  });

  for (const name of wholeSites) {
    it(`should show the check's messages on every Markdown file of \`${name}\``, async () => {
      const dir = await copySite(join(fixtures, name));
      const records = await checkRecords(dir);
      const files = await markdownFiles(dir);
      const sources = await sourcesOf(dir);
      // Everything the check reports on is a file the editor can open, but a file that is no Markdown at all
      // (`content-file`), which a Markdown language server is never asked about.
      const shownFiles = records.filter((record) => record.ruleId !== 'content-file').map((record) => record.file);
      expect(shownFiles.filter((file) => !files.includes(file) && file !== 'site.yaml' && file !== 'permalinks.json')).toEqual([]);
      const siteBroken = records.some((record) => record.file === 'site.yaml' && record.severity === 'error');
      const client = await startServer(dir);
      try {
        const first = new Map<string, Shown[]>();
        for (const file of files) {
          const shown = await opened(client, dir, file);
          first.set(file, shown);
          if (siteBroken) {
            // The check stops at a broken site.yaml; the editor says so on each file instead of showing nothing.
            expect(checkedOn(records, file)).toEqual([]);
            expect(shown).toEqual(notice('site.yaml'));
          } else if (sources.has(file) || checkedOn(records, file).length > 0) {
            expect(shown).toEqual(checkedOn(records, file));
          } else {
            expect(checkedOn(records, file)).toEqual([]);
            expect(shown).toEqual(notice('is not a post or page'));
          }
        }
        // The site's own files carry the check's messages on them.
        for (const file of ['site.yaml', 'permalinks.json']) expect(shownOn(client, join(dir, file))).toEqual(checkedOn(records, file));
        // Opening the others, with the text on disk, changed nothing anywhere.
        for (const file of files) expect(shownOn(client, join(dir, file))).toEqual(first.get(file));
        if (siteBroken) {
          const shown = client.notifications.filter((note) => note.method === 'window/showMessage').map((note) => String((note.params as {message: string}).message));
          expect(shown.some((message) => message.includes(join(dir, 'site.yaml')))).toBe(true);
        }
      } finally {
        await client.close();
      }
    });
  }
});

describe('language server and `npm run check`', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await startServer(tmpdir());
  });
  afterAll(async () => {
    await client.close();
  });

  it('should report `stable-permalinks` as the check does, and check nothing that is not a post or page', async () => {
    const post = '---\ntitle: Kept\ndate: 2020-01-02\n---\n\n## Renamed section {#renamed}\n\nText.\n';
    const dir = await makeSite({
      'posts/2020-01-02-kept.md': post,
      'README.md': 'A [link](#nowhere) the check never reads.\n',
      'docs/notes.md': 'Also [not](#checked).\n',
      'permalinks.json': `${JSON.stringify({version: 1, urls: {'/2020/01/02/kept/': {anchors: ['section'], source: 'posts/2020-01-02-kept.md'}}})}\n`
    });
    const records = await checkRecords(dir);
    expect(records.map((record) => record.ruleId)).toContain('stable-permalinks');
    expect(await opened(client, dir, 'posts/2020-01-02-kept.md')).toEqual(checkedOn(records, 'posts/2020-01-02-kept.md'));
    for (const other of ['README.md', 'docs/notes.md']) expect(await opened(client, dir, other)).toEqual(notice('is not a post or page'));

    // `stable-permalinks: off` in site.yaml reaches the open document, without a keystroke.
    const uri = pathToFileURL(join(dir, 'posts/2020-01-02-kept.md')).href;
    const quiet = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && !params.diagnostics.some((diagnostic) => diagnostic.code === 'stable-permalinks'));
    await writeFile(join(dir, 'site.yaml'), `${await readFile(join(dir, 'site.yaml'), 'utf8')}rules:\n  stable-permalinks: off\n`);
    await quiet;
  });

  it('should say why a file outside any site is not checked', async () => {
    const dir = await makeSite({});
    const outside = join(dir, '..', `${dir.split('/').at(-1)}-notes.md`);
    await writeFile(outside, '# Notes\n\n[x](#y)\n');
    const {diagnostics} = await openDocument(client, outside, '# Notes\n\n[x](#y)\n');
    expect(diagnostics).toEqual([expect.objectContaining({severity: 3, source: 'folio', message: expect.stringContaining('no `site.yaml`')})]);
  });
});
