import {readdirSync} from 'node:fs';
import {cp, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {main, type MessageRecord} from '@folio/cli';
import {listContent} from '@folio/lint';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LspClient, startServer} from './helpers/lsp-client.js';
import {makeSite} from './helpers/make-site.js';

const sites = resolve(import.meta.dirname, 'fixtures/sites');
const fixtures = readdirSync(sites, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Edit {
  range: {start: {line: number; character: number}; end: {line: number; character: number}};
  newText: string;
}

/** What a check says, wherever formatting moved it: rule, severity and text. */
async function messages(contentDir: string): Promise<string[]> {
  const {stdout} = await main(['check', '--content', contentDir, '--format', 'json', '--no-cache', '--published', 'none']);
  return (JSON.parse(stdout) as MessageRecord[]).map((record) => `${record.file} ${record.severity} ${record.ruleId}: ${record.message}`).sort();
}

/** Every file a build writes, with its bytes; undefined when the build refuses. */
async function built(contentDir: string): Promise<Map<string, string> | undefined> {
  const out = await mkdtemp(join(tmpdir(), 'folio-format-out-'));
  const {exitCode} = await main(['build', '--content', contentDir, '--out', join(out, 'site'), '--no-cache', '--published', 'none']);
  if (exitCode !== 0) return undefined;
  const files = new Map<string, string>();
  for (const entry of await readdir(join(out, 'site'), {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(join(out, 'site'), path), await readFile(path, 'utf8'));
  }
  return files;
}

/** `text` with one whole-document edit applied, as the server sends it. */
function apply(text: string, edits: Edit[] | null): string {
  if (!edits || edits.length === 0) return text;
  expect(edits).toHaveLength(1);
  expect(edits[0]?.range.start).toEqual({line: 0, character: 0});
  return edits[0]!.newText;
}

describe('Format Document', () => {
  let client: LspClient;
  let formatted = 0;
  beforeAll(async () => {
    client = await startServer(sites);
  });
  afterAll(async () => {
    await client.close();
    // The round trip must have changed files, or it showed nothing.
    expect(formatted).toBeGreaterThan(0);
  });

  async function roundTrip(copy: string): Promise<void> {
      const before = {messages: await messages(copy), built: await built(copy)};
      for (const path of (await listContent(copy)).sources) {
        const file = join(copy, path);
        const text = await readFile(file, 'utf8');
        const uri = pathToFileURL(file).href;
        client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}});
        const edits = (await client.request('textDocument/formatting', {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})) as Edit[] | null;
        client.notify('textDocument/didClose', {textDocument: {uri}});
        const after = apply(text, edits);
        if (after !== text) formatted++;
        // Every explicit id the writer wrote is still there.
        for (const id of text.matchAll(/\{#[^}]*\}/g)) expect(after).toContain(id[0]);
        await writeFile(file, after);
      }
      expect(await messages(copy)).toEqual(before.messages);
      expect(await built(copy)).toEqual(before.built);
  }

  for (const name of fixtures) {
    it(`should keep every message and every built byte of fixture \`${name}\``, async () => {
      const copy = join(await mkdtemp(join(tmpdir(), 'folio-format-')), name);
      await cp(join(sites, name), copy, {recursive: true});
      await roundTrip(copy);
    });
  }

  it('should format a post written every other way remark knows, keeping its ids, messages and HTML', async () => {
    const other = '---\ntitle: Other\ndate: 2020-01-03\n---\n\nSee [messy](./2020-01-02-messy.md#old), [its list](/2020/01/02/messy/#sub-heading)\nand a note.[^missing]\n';
    const dir = await makeSite({'posts/2020-01-02-messy.md': messy, 'posts/2020-01-03-other.md': other});
    const before = await readFile(join(dir, 'posts/2020-01-02-messy.md'), 'utf8');
    await roundTrip(dir);
    const after = await readFile(join(dir, 'posts/2020-01-02-messy.md'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('# Messy heading {#messy #old}');
    // A footnote reference without a definition would be escaped, silencing its message: that document stays as written.
    expect(await readFile(join(dir, 'posts/2020-01-03-other.md'), 'utf8')).toBe(other);
    expect(client.notifications.some((note) => note.method === 'window/showMessage' && String((note.params as {message: string}).message).includes('Not formatted'))).toBe(true);
  });
});

const messy = [
  '---',
  'title: Messy',
  'date: 2020-01-02',
  '---',
  '',
  'Messy heading {#messy #old}',
  '===========================',
  '',
  '* a bullet with *emphasis* and __strong__',
  '* another item',
  '',
  'Sub heading',
  '-----------',
  '',
  'Hard break with two spaces  ',
  'next line. A [link][ref], www.example.com and a note.[^n]',
  '',
  '| a | b |',
  '|:--|--:|',
  '| 1 | 2 |',
  '',
  '## Closed ATX ##',
  '',
  '<div class="x">html</div>',
  '',
  '***',
  '',
  '[ref]: https://example.com  "Title"',
  '[^n]: The note.',
  ''
].join('\n');
