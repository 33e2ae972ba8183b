import {readSiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {lintSources, report} from './helpers/lint-site.js';

const {config: site} = readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: A\ntimeZone: UTC\n');
if (!site) throw new Error('Unexpected invalid test site');
const post = (body: string, title = 'A', date = '2020-01-01') => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;

/** What `ruleId` suggests for the link to `url` in a post with these section ids (beside any `others` files). */
async function suggestion(ruleId: string, url: string, ids: string[], others: Record<string, string> = {}): Promise<string | undefined> {
  const path = 'posts/2020-01-01-a.md';
  const headings = ids.map((id, index) => `## Heading ${index} {#${id}}`).join('\n\n');
  const {files} = await lintSources(site!, new Map(Object.entries({...others, [path]: post(`${headings}\n\n[x](${url})`)})), []);
  const lines = report(files.get(path), ruleId);
  expect(lines).toHaveLength(1);
  return /did you mean `([^`]*)`\?$/.exec(lines[0] ?? '')?.[1];
}

describe('suggested anchors', () => {
  it('should prefer the same id in other case, then the nearest', async () => {
    expect(await suggestion('no-missing-anchor', '#CAP', ['cap', 'cape'])).toBe('#cap');
    expect(await suggestion('no-missing-anchor', '#capp', ['cap', 'failure'])).toBe('#cap');
    expect(await suggestion('no-missing-anchor', '#zzzz', ['cap', 'failure'])).toBeUndefined();
  });

  it('should not suggest a short prefix of a long name', async () => {
    expect(await suggestion('no-missing-anchor', '#abcdefgh', ['a', 'abcdefgx'])).toBe('#abcdefgx');
    const notes = {'posts/2013-01-14-notes.md': post('Notes.', 'Notes', '2013-01-14')};
    expect(await suggestion('no-missing-target', '/2013/01/15/notes/', [], notes)).toBe('/2013/01/14/notes/');
    expect(await suggestion('no-missing-target', '/nothing/', [], {'pages/about.md': '---\ntitle: About\n---\n'})).toBeUndefined();
  });
});
