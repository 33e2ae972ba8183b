import {readSiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {lintSources, removePositions, report} from './helpers/lint-site.js';

const {config: site} = readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: A\ntimeZone: UTC\n');
if (!site) throw new Error('Unexpected invalid test site');
const frontMatter = '---\ntitle: A\ndate: 2020-01-01\n---\n\n';

/** The calls `no-undefined-footnote` reports in `markdown` (its first line is line 6), as `place label`. */
async function calls(markdown: string, strip = false): Promise<string[]> {
  const path = 'posts/2020-01-01-a.md';
  const {files} = await lintSources(site!, new Map([[path, frontMatter + markdown]]), [], strip ? {transform: removePositions} : {});
  return report(files.get(path), 'no-undefined-footnote').map((line) => line.replace(/: Unexpected footnote reference `\[\^([^\]]*)\]`.*$/, ' $1'));
}

describe('undefined footnote calls', () => {
  it('should find calls left as text, where the writer wrote them', async () => {
    expect(await calls('A *b[^x]* and &amp; [^y] \\[^z] `[^w]`\n\n[^d]: D.')).toEqual(['6:5-6:9 x', '6:21-6:25 y']);
  });

  it('should match labels case-insensitively and skip defined ones', async () => {
    expect(await calls('A[^Def] and [^def][^other]\n\n[^DEF]: D.')).toEqual(['6:19-6:27 other']);
  });

  it('should still find calls in a tree without positions, without a place', async () => {
    expect(await calls('A[^x]', true)).toEqual(['no position x']);
  });
});
