import {readdirSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {listContent} from '@folio/lint';
import {main, type MessageRecord} from '@folio/cli';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LspClient, openDocument, startServer, type Diagnostic, type Published} from './helpers/lsp-client.js';
import {makeSite} from './helpers/make-site.js';

const sites = resolve(import.meta.dirname, 'fixtures/sites');
const fixtures = readdirSync(sites, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const severities: Record<number, MessageRecord['severity']> = {1: 'error', 2: 'warning', 3: 'info'};

/** A message as both sides can show it: rule, place, severity and text. */
type Shown = Pick<MessageRecord, 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn' | 'severity' | 'message'>;

function fromCheck(record: MessageRecord): Shown {
  const {ruleId, line, column, endLine, endColumn, severity, message} = record;
  return {ruleId, line, column, endLine, endColumn, severity, message};
}

function fromEditor(diagnostic: Diagnostic): Shown {
  const {start, end} = diagnostic.range;
  return {
    ruleId: String(diagnostic.code ?? 'unknown'),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: severities[diagnostic.severity ?? 3] ?? 'info',
    message: diagnostic.message
  };
}

const order = (a: Shown, b: Shown): number => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.message < b.message ? -1 : 1);

async function checkJson(contentDir: string): Promise<MessageRecord[]> {
  const {stdout} = await main(['check', '--content', contentDir, '--format', 'json', '--no-cache', '--published', 'none']);
  return JSON.parse(stdout) as MessageRecord[];
}

/** What the editor shows for `path` of `contentDir`, opened with its text on disk. */
async function editorMessages(client: LspClient, contentDir: string, path: string): Promise<Published> {
  return openDocument(client, join(contentDir, path), await readFile(join(contentDir, path), 'utf8'));
}

describe('language server and `npm run check`', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await startServer(sites);
  });
  afterAll(async () => {
    await client.close();
  });

  for (const name of fixtures) {
    it(`should show the check's messages on every post and page of fixture \`${name}\``, async () => {
      const contentDir = join(sites, name);
      const records = await checkJson(contentDir);
      const {sources} = await listContent(contentDir);
      expect(sources.length).toBeGreaterThan(0);
      const siteBroken = records.some((record) => record.file === 'site.yaml' && record.severity === 'error');
      for (const path of sources) {
        const {diagnostics} = await editorMessages(client, contentDir, path);
        const expected = records.filter((record) => record.file === path).map(fromCheck).sort(order);
        if (siteBroken) {
          // The check stops at a broken site.yaml; the editor says so, once, instead of showing nothing.
          expect(expected).toEqual([]);
          expect(diagnostics.map(fromEditor)).toEqual([expect.objectContaining({severity: 'info', line: 1, column: 1, message: expect.stringContaining('site.yaml')})]);
          // The writer is told once, in a message window, and site.yaml gets the check's messages.
          const shown = client.notifications.filter((note) => note.method === 'window/showMessage').map((note) => String((note.params as {message: string}).message));
          expect(shown.some((message) => message.includes(join(contentDir, 'site.yaml')))).toBe(true);
          const siteYaml = client.notifications.filter((note) => note.method === 'textDocument/publishDiagnostics' && (note.params as Published).uri === pathToFileURL(join(contentDir, 'site.yaml')).href);
          expect((siteYaml.at(-1)?.params as Published).diagnostics.map((diagnostic) => diagnostic.message).sort()).toEqual(records.filter((record) => record.file === 'site.yaml').map((record) => record.message).sort());
        } else {
          expect(diagnostics.map(fromEditor).sort(order)).toEqual(expected);
        }
      }
    });
  }

  it('should honour the severities under `rules:` in site.yaml', async () => {
    const contentDir = join(sites, 'rules-configured');
    const {diagnostics} = await editorMessages(client, contentDir, 'posts/2014-02-01-links.md');
    const byRule = new Map(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]));
    // image-alt is a warning by default, no-unused-footnote an error, no-missing-anchor on.
    expect(byRule.get('image-alt')).toBe(1);
    expect(byRule.get('no-unused-footnote')).toBe(2);
    expect(byRule.has('no-missing-anchor')).toBe(false);
  });

  it('should report `stable-permalinks` as the check does, and check nothing that is not a post or page', async () => {
    const post = '---\ntitle: Kept\ndate: 2020-01-02\n---\n\n## Renamed section {#renamed}\n\nText.\n';
    const dir = await makeSite({
      'posts/2020-01-02-kept.md': post,
      'README.md': 'A [link](#nowhere) the check never reads.\n',
      'docs/notes.md': 'Also [not](#checked).\n',
      'permalinks.json': `${JSON.stringify({version: 1, urls: {'/2020/01/02/kept/': {anchors: ['section'], source: 'posts/2020-01-02-kept.md'}}})}\n`
    });
    const records = await checkJson(dir);
    expect(records.map((record) => record.ruleId)).toContain('stable-permalinks');
    const {diagnostics} = await editorMessages(client, dir, 'posts/2020-01-02-kept.md');
    expect(diagnostics.map(fromEditor).sort(order)).toEqual(records.filter((record) => record.file === 'posts/2020-01-02-kept.md').map(fromCheck).sort(order));
    for (const other of ['README.md', 'docs/notes.md']) {
      const shown = await editorMessages(client, dir, other);
      expect(shown.diagnostics).toEqual([expect.objectContaining({severity: 3, message: expect.stringContaining('is not a post or page')})]);
    }

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
