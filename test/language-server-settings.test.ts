import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {readFile, writeFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {LspClient, openDocument, startServer, type Published} from './helpers/lsp-client.js';
import {checkedOn, checkRecords, fromEditor, sortShown, type Shown} from './helpers/lsp-messages.js';
import {makeSite, siteYaml} from './helpers/make-site.js';

const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
// One message of each kind: a cross-file anchor (an error by default), an image without alt (a warning), an unused footnote (an error).
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#sectoin).\n\n![](../images/photo.png)\n\n[^unused]: Never referenced.\n';
const linkingPath = 'posts/2020-01-03-linking.md';

const files = (rules: string): Record<string, string> => ({
  'site.yaml': `${siteYaml}${rules}`,
  'posts/2020-01-02-target.md': target,
  [linkingPath]: linking,
  'images/photo.png': 'not really a PNG'
});

/** Severity per rule id, as the editor shows it. */
const severities = (shown: Shown[]): Record<string, string> => Object.fromEntries(shown.map((each) => [each.ruleId, each.severity] as const).sort(([a], [b]) => (a < b ? -1 : 1)));

const sameSeverities = (shown: Shown[], expected: Record<string, string>): boolean => JSON.stringify(severities(shown)) === JSON.stringify(Object.fromEntries(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1))));

const variants: Array<{rules: string; expected: Record<string, string>}> = [
  {rules: '', expected: {'no-missing-anchor': 'error', 'image-alt': 'warning', 'no-unused-footnote': 'error'}},
  {rules: 'rules:\n  no-missing-anchor: warn\n  image-alt: error\n  no-unused-footnote: off\n', expected: {'no-missing-anchor': 'warning', 'image-alt': 'error'}},
  {rules: 'rules:\n  no-missing-anchor: off\n  image-alt: [off]\n  no-unused-footnote: [warn, {}]\n', expected: {'no-unused-footnote': 'warning'}}
];

describe('language server and `rules:` in site.yaml', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await startServer(tmpdir());
  });
  afterAll(async () => {
    await client.close();
  });

  for (const {rules, expected} of variants) {
    it(`should honour the severities of ${rules === '' ? 'no `rules:`' : JSON.stringify(rules)} as the check does`, async () => {
      const dir = await makeSite(files(rules));
      const {diagnostics} = await openDocument(client, join(dir, linkingPath), linking);
      const shown = sortShown(diagnostics.map(fromEditor));
      expect(severities(shown)).toEqual(expected);
      expect(shown).toEqual(checkedOn(await checkRecords(dir), linkingPath));
    });
  }

  it('should follow a change of `rules:` on disk in the open documents, without a keystroke', async () => {
    const dir = await makeSite(files(''));
    const path = join(dir, linkingPath);
    expect(severities(sortShown((await openDocument(client, path, linking)).diagnostics.map(fromEditor)))).toEqual(variants[0]!.expected);
    const uri = pathToFileURL(path).href;
    const changed = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && sameSeverities(params.diagnostics.map(fromEditor), variants[1]!.expected));
    await writeFile(join(dir, 'site.yaml'), `${await readFile(join(dir, 'site.yaml'), 'utf8')}${variants[1]!.rules}`);
    const {diagnostics} = await changed;
    expect(sortShown(diagnostics.map(fromEditor))).toEqual(checkedOn(await checkRecords(dir), linkingPath));
  });
});
