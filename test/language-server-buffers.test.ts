import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {changeDocument, LspClient, openDocument, startServer, type Published} from './helpers/lsp-client.js';
import {checkedOn, checkRecords, copySite, fromEditor, shownOn, sortShown} from './helpers/lsp-messages.js';
import {makeSite} from './helpers/make-site.js';

const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\nIntro.\n\n## A section {#section}\n\nText.\n';
const withoutSection = '---\ntitle: Target\ndate: 2020-01-02\n---\n\nIntro.\n\nText.\n';
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#section).\n';
const targetPath = 'posts/2020-01-02-target.md';
const linkingPath = 'posts/2020-01-03-linking.md';

/** The diagnostics `client` publishes next for `path` that satisfy `accept`. */
function next(client: LspClient, path: string, accept: (published: Published) => boolean): Promise<Published> {
  const uri = pathToFileURL(path).href;
  return client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && accept(params));
}

const codes = (published: Published): string[] => published.diagnostics.map((diagnostic) => String(diagnostic.code)).sort();

describe('language server and unsaved buffers', () => {
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it("should take an unsaved buffer as that file's text for every other open file's cross-file checks", async () => {
    const dir = await makeSite({[targetPath]: target, [linkingPath]: linking});
    client = await startServer(dir);
    const linkingFile = join(dir, linkingPath);
    const targetFile = join(dir, targetPath);
    expect((await openDocument(client, linkingFile, linking)).diagnostics).toEqual([]);
    expect((await openDocument(client, targetFile, target)).diagnostics).toEqual([]);

    // The heading goes in the editor only; the disk still has it.
    const broken = next(client, linkingFile, (published) => codes(published).includes('no-missing-anchor'));
    await changeDocument(client, targetFile, withoutSection, 2);
    await broken;
    expect(await readFile(targetFile, 'utf8')).toBe(target);
    // The same messages as the check of a site where the buffer is saved.
    const saved = await copySite(dir);
    await writeFile(join(saved, targetPath), withoutSection);
    const expected = checkedOn(await checkRecords(saved), linkingPath);
    expect(expected.map((shown) => shown.ruleId)).toEqual(['no-missing-anchor']);
    expect(shownOn(client, linkingFile)).toEqual(expected);

    // Restored in the buffer: cleared.
    const cleared = next(client, linkingFile, (published) => published.diagnostics.length === 0);
    await changeDocument(client, targetFile, target, 3);
    await cleared;

    // Removed again, then the buffer is closed unsaved: the file on disk, which has the heading, counts again.
    const again = next(client, linkingFile, (published) => codes(published).includes('no-missing-anchor'));
    await changeDocument(client, targetFile, withoutSection, 4);
    await again;
    const closed = next(client, linkingFile, (published) => published.diagnostics.length === 0);
    client.notify('textDocument/didClose', {textDocument: {uri: pathToFileURL(targetFile).href}});
    await closed;
  });

  it('should take a heading that only the buffer has as an anchor other files may link to', async () => {
    const dir = await makeSite({[targetPath]: withoutSection, [linkingPath]: linking});
    client = await startServer(dir);
    const linkingFile = join(dir, linkingPath);
    const targetFile = join(dir, targetPath);
    expect(codes(await openDocument(client, linkingFile, linking))).toEqual(['no-missing-anchor']);
    const fixed = next(client, linkingFile, (published) => published.diagnostics.length === 0);
    // Opened with unsaved text that differs from the disk, as an editor restoring a session does.
    const opened = await openDocument(client, targetFile, target);
    expect(sortShown(opened.diagnostics.map(fromEditor))).toEqual([]);
    await fixed;
  });
});
