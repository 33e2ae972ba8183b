import {join} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {changeDocument, LspClient, openDocument, startServer} from './helpers/lsp-client.js';
import {makeSite} from './helpers/make-site.js';

const front = '---\ntitle: Pasted\ndate: 2020-01-02\n---\n\nSome text first.\n\n';
const healthy = '---\ntitle: Healthy\ndate: 2020-01-03\n---\n\nA note.[^missing]\n';

/** A list nested `depth` levels deep, each level indented under the last. */
function nestedList(depth: number): string {
  return Array.from({length: depth}, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
}

const pastes: Array<[string, string, string]> = [
  ['10,000 `>`', `${'>'.repeat(10_000)} deep\n`, 'parse'],
  ['`- ` × 5,000 on one line', `${'- '.repeat(5000)}item\n`, 'parse'],
  ['a 2,000-level nested list', `${nestedList(2000)}\n`, 'parse'],
  ['a 5 MB paste', `${'An ordinary sentence of prose, pasted again and again. '.repeat(95_000)}\n`, 'file-too-large']
];

/** What `npm run check` says about `text` saved as a post: rule, severity and line of each message. */
async function checked(text: string): Promise<Array<[string, number, number]>> {
  const site = await makeSite({'posts/2020-01-02-pasted.md': text});
  const {stdout} = await main(['check', '--content', site, '--format', 'json', '--no-cache', '--published', 'none']);
  return (JSON.parse(stdout) as MessageRecord[]).map((record) => [record.ruleId, record.severity === 'error' ? 1 : 2, record.line]);
}

describe('language server guards', () => {
  let client: LspClient;
  let dir: string;
  beforeAll(async () => {
    dir = await makeSite({'posts/2020-01-02-pasted.md': front, 'posts/2020-01-03-healthy.md': healthy});
    client = await startServer(dir, {});
    await openDocument(client, join(dir, 'posts/2020-01-02-pasted.md'), front);
    await openDocument(client, join(dir, 'posts/2020-01-03-healthy.md'), healthy);
  });
  afterAll(async () => {
    await client.close();
  });

  let version = 1;
  for (const [name, paste, ruleId] of pastes) {
    it(`should refuse ${name} in an open document with a positioned message, and keep answering`, async () => {
      version++;
      const {diagnostics} = await changeDocument(client, join(dir, 'posts/2020-01-02-pasted.md'), front + paste, version);
      const shown = diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range.start.line + 1]);
      expect(shown).toEqual(await checked(front + paste));
      expect(shown).toEqual([[ruleId, 1, expect.any(Number)]]);
      // Another document is still checked, and requests still answered.
      const other = await changeDocument(client, join(dir, 'posts/2020-01-03-healthy.md'), `${healthy}\nMore.\n`, version);
      expect(other.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-undefined-footnote']);
      expect(client.child.exitCode).toBeNull();
    });
  }
});
