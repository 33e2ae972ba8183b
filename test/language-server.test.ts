import {rm, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {LspClient} from './helpers/lsp-client.js';
import {makeSite} from './helpers/make-site.js';

const serverPath = resolve(import.meta.dirname, '../packages/cli/dist/language-server.js');
const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
const linking = (fragment: string) => `---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#${fragment}).\n`;

interface Diagnostic {
  message: string;
  code?: string | number;
  source?: string;
  severity?: number;
  range: {start: {line: number; character: number}; end: {line: number; character: number}};
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
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

  it('should check the open document against files edited, deleted and added on disk since its last change', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking('section')});
    client = new LspClient(process.execPath, [serverPath, '--stdio'], dir);
    const root = pathToFileURL(dir).href;
    await client.request('initialize', {processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{uri: root, name: 'site'}]});
    client.notify('initialized', {});
    const uri = pathToFileURL(join(dir, 'posts/2020-01-03-linking.md')).href;
    const targetPath = join(dir, 'posts/2020-01-02-target.md');
    let version = 1;
    // No watched-files notification: the next keystroke alone must see the disk.
    const codesAfter = async (change: () => Promise<void>) => {
      await change();
      version++;
      const published = client!.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version);
      client!.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: linking('section')}]});
      return (await published).diagnostics.map((diagnostic) => diagnostic.code);
    };

    const opened = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri);
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text: linking('section')}});
    expect((await opened).diagnostics).toEqual([]);
    expect(await codesAfter(() => writeFile(targetPath, target.replace('{#section}', '{#renamed}')))).toEqual(['no-missing-anchor']);
    expect(await codesAfter(() => rm(targetPath))).toEqual(['no-missing-target']);
    expect(await codesAfter(() => writeFile(targetPath, target))).toEqual([]);
  });
});
