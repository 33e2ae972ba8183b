import {readSiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {lintSources} from './helpers/lint-site.js';

const {config: site} = readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: A\ntimeZone: UTC\n');
if (!site) throw new Error('Unexpected invalid test site');
const post = (body: string, date = '2020-01-01') => `---\ntitle: A\ndate: ${date}\n---\n\n${body}\n`;

/** The `no-missing-anchor` message on a link to `url` from a post beside `notes.md` (`## B c`, id `b-c`), and its fix. */
async function missingAnchor(url: string): Promise<{reason: string; expected: string[] | undefined}> {
  const path = 'posts/2020-01-01-a.md';
  const sources = new Map([
    ['posts/2020-01-02-notes.md', post('## B c', '2020-01-02')],
    [path, post(`## Here\n\n[x](${url})`)]
  ]);
  const {files} = await lintSources(site!, sources, []);
  const [message, ...rest] = files.get(path)?.messages.filter((found) => found.ruleId === 'no-missing-anchor') ?? [];
  expect(rest).toEqual([]);
  if (!message) throw new Error(`Expected a missing anchor for \`${url}\``);
  return {reason: message.reason, expected: message.expected ?? undefined};
}

describe('link URLs', () => {
  it('should split the fragment off as written', async () => {
    expect((await missingAnchor('./2020-01-02-notes.md#cap')).reason).toContain('in `./2020-01-02-notes.md`, expected');
    expect((await missingAnchor('#cap')).reason).toContain('in this page, expected');
    // The fix replaces the fragment as written (`b%20c`), not as decoded.
    expect((await missingAnchor('/2020/01/02/notes/#b%20c')).expected).toEqual(['[x](/2020/01/02/notes/#b-c)']);
  });
});
