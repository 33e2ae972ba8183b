import {rename, rm, writeFile} from 'node:fs/promises';
import {main, type MessageRecord} from '@folio/cli';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {changeDocument, LspClient, openDocument, serverPath, startServer} from './helpers/lsp-client.js';
import {makeSite} from './helpers/make-site.js';

const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
const linking = (fragment: string) => `---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#${fragment}).\n`;

type Diagnostic = import('./helpers/lsp-client.js').Diagnostic;
type Published = import('./helpers/lsp-client.js').Published;
interface Edit {
  range: Diagnostic['range'];
  newText: string;
}

/** `text` with LSP `edits` applied (positions in UTF-16 code units, as JavaScript strings count). */
function applyEdits(text: string, edits: Edit[]): string {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const offset = ({line, character}: {line: number; character: number}) => (lineStarts[line] ?? text.length) + character;
  let result = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

async function quickFixes(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<Edit[]> {
  const actions = (await client.request('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})) as Array<{edit?: {changes?: Record<string, Edit[]>}}>;
  return actions.flatMap((action) => action.edit?.changes?.[uri] ?? []);
}

/** Lines that look like a stack trace, in anything the server wrote to its log or its standard error. */
function stackTraces(client: LspClient): string[] {
  const logged = client.notifications.filter((note) => note.method === 'window/logMessage').map((note) => String((note.params as {message?: unknown}).message));
  return [client.stderr, ...logged].flatMap((text) => text.split('\n')).filter((line) => /^\s+at /.test(line));
}

describe('language server', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('should publish cross-file anchor diagnostics, offer the fix, and clear them when fixed', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('sectoin')});
    client = new LspClient(process.execPath, [serverPath, '--stdio'], dir);
    const root = pathToFileURL(dir).href;
    await client.request('initialize', {processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{uri: root, name: 'site'}]});
    client.notify('initialized', {});

    const uri = pathToFileURL(join(dir, 'posts/2020-01-03-linking.md')).href;
    const broken = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: linking('sectoin')}});
    const {diagnostics} = await broken;
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic?.code).toBe('no-missing-anchor');
    expect(diagnostic?.message).toContain('did you mean `#section`?');
    expect(diagnostic?.range.start).toEqual({line: 5, character: 4});

    const actions = (await client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: diagnostic?.range,
      context: {diagnostics}
    })) as Array<{title: string; edit?: {changes?: Record<string, Array<{newText: string}>>}}>;
    const edits = actions.flatMap((action) => action.edit?.changes?.[uri] ?? []);
    expect(edits.map((edit) => edit.newText).join('\n')).toContain('#section');

    const cleared = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length === 0);
    client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: linking('section')}]});
    await cleared;

    // Another file changes on disk: the open document is checked against its new anchors.
    const again = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    const targetPath = join(dir, 'posts/2020-01-02-target.md');
    await writeFile(targetPath, target.replace('{#section}', '{#renamed}'));
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(targetPath).href, type: 2}]});
    const reported = await again;
    expect(reported.diagnostics[0]?.message).toContain('`#section`');
  });

  it('should check the open document against files edited, deleted and added on disk', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('section')});
    client = new LspClient(process.execPath, [serverPath, '--stdio'], dir);
    const root = pathToFileURL(dir).href;
    await client.request('initialize', {processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{uri: root, name: 'site'}]});
    client.notify('initialized', {});
    const uri = pathToFileURL(join(dir, 'posts/2020-01-03-linking.md')).href;
    const targetPath = join(dir, 'posts/2020-01-02-target.md');
    let version = 1;
    // No watched-files notification: the server's own watcher must see the disk, with or without a keystroke.
    const settlesOn = async (change: () => Promise<void>, codes: string[]) => {
      await change();
      version++;
      const published = client!.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version && JSON.stringify(params.diagnostics.map((diagnostic) => diagnostic.code)) === JSON.stringify(codes));
      client!.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: linking('section')}]});
      await published;
    };

    const opened = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri);
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text: linking('section')}});
    expect((await opened).diagnostics).toEqual([]);
    await settlesOn(() => writeFile(targetPath, target.replace('{#section}', '{#renamed}')), ['no-missing-anchor']);
    await settlesOn(() => rm(targetPath), ['no-missing-target']);
    await settlesOn(() => writeFile(targetPath, target), []);
  });
});

describe('language server with real clients’ answers', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('should check documents when the client answers `workspace/configuration` with null and sends capabilities it does not know', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('sectoin')});
    // What Neovim and Helix send: configuration supported, but `null` for every section; plus odd and unknown fields.
    const capabilities = {workspace: {configuration: true, workspaceFolders: true, didChangeWatchedFiles: 'sometimes'}, textDocument: null, window: {workDoneProgress: 'yes'}, experimental: {anything: [1, 2]}};
    client = await startServer(join(dir, 'posts'), capabilities, {configuration: null});
    const {diagnostics} = await openDocument(client, join(dir, 'posts/2020-01-03-linking.md'), linking('sectoin'));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-missing-anchor']);
    expect(client.child.exitCode).toBeNull();
    expect(stackTraces(client)).toEqual([]);
  });

  it('should check documents of a client that sends null capabilities, no folders and no root', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('sectoin')});
    client = new LspClient(process.execPath, [serverPath], dir, {configuration: null});
    await client.request('initialize', {processId: null, rootUri: null, capabilities: null});
    client.notify('initialized', {});
    const {diagnostics} = await openDocument(client, join(dir, 'posts/2020-01-03-linking.md'), linking('sectoin'));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-missing-anchor']);
  });

  it('should register for watched files where the client can, and check open documents again when it reports a change', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('section')});
    client = await startServer(dir, {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}});
    const path = join(dir, 'posts/2020-01-03-linking.md');
    const uri = pathToFileURL(path).href;
    expect((await openDocument(client, path, linking('section'))).diagnostics).toEqual([]);
    const registrations = client.serverRequests.filter((request) => request.method === 'client/registerCapability');
    expect(registrations.flatMap((request) => (request.params as {registrations: Array<{method: string}>}).registrations.map((each) => each.method))).toEqual(['workspace/didChangeWatchedFiles']);

    const broken = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    const targetPath = join(dir, 'posts/2020-01-02-target.md');
    await writeFile(targetPath, target.replace('{#section}', '{#renamed}'));
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(targetPath).href, type: 2}]});
    expect((await broken).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-missing-anchor']);
  });

  it('should notice another file change on disk without a keystroke or a notification from the client', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('section')});
    client = await startServer(dir, {});
    const path = join(dir, 'posts/2020-01-03-linking.md');
    const uri = pathToFileURL(path).href;
    expect((await openDocument(client, path, linking('section'))).diagnostics).toEqual([]);
    const broken = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0);
    // As Vim and many editors save: write a new file, then rename it over the old one.
    const targetPath = join(dir, 'posts/2020-01-02-target.md');
    await writeFile(`${targetPath}.swp-new`, target.replace('{#section}', '{#renamed}'));
    await rename(`${targetPath}.swp-new`, targetPath);
    expect((await broken).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-missing-anchor']);
    const fixed = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length === 0);
    await writeFile(targetPath, target);
    await fixed;
  });

  it('should place messages and quick fixes right in a document that starts with a byte order mark', async () => {
    const text = `\uFEFF[x](#capp) first.\n\n## Cap {#cap}\n\nA note.[^missing]\n`;
    const dir = await makeSite({'pages/about.md': text});
    client = await startServer(dir, {});
    const path = join(dir, 'pages/about.md');
    const uri = pathToFileURL(path).href;
    const {diagnostics} = await openDocument(client, path, text);
    const byRule = new Map(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic]));
    // The check reads the same bytes from disk, without the mark: the same lines, and columns one further in on line 1.
    const {stdout} = await main(['check', '--content', dir, '--format', 'json', '--no-cache', '--published', 'none']);
    const checked = JSON.parse(stdout) as MessageRecord[];
    const footnote = checked.find((record) => record.ruleId === 'no-undefined-footnote');
    expect(byRule.get('no-undefined-footnote')?.range.start).toEqual({line: footnote!.line - 1, character: footnote!.column - 1});
    const anchor = byRule.get('no-missing-anchor');
    expect(anchor?.range.start.line).toBe(0);
    const fixed = applyEdits(text, await quickFixes(client, uri, anchor!));
    expect(fixed).toBe(text.replace('#capp', '#cap'));
  });
});
