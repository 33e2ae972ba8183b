import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {loadSite, loadSource} from '../src/load-site.js';
import {fixtures} from './helpers/lint-site.js';

describe('loadSite', () => {
  it('should read site.yaml, collect every post and page, and list the other files', async () => {
    const loaded = await loadSite(join(fixtures, 'no-missing-target'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.site?.baseUrl).toBe('https://www.somethingsimilar.com');
    expect([...loaded.facts.keys()]).toEqual([
      'pages/about.md',
      'posts/2013-01-14-notes.md',
      'posts/not-ok.md',
      'posts/ok.md',
      'posts/wip-too.md',
      'posts/wip.md'
    ]);
    expect(loaded.facts.get('posts/2013-01-14-notes.md')?.url).toBe('/2013/01/14/notes/');
    expect(loaded.assets).toEqual(['images/cat.png']);
  });

  it('should read a post as the check does: a byte order mark is not text, bytes that are not UTF-8 take no part', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'folio-load-'));
    const post = '---\ntitle: Marked\ndate: 2020-01-02\n---\n\n## Section {#section}\n';
    await writeFile(join(dir, 'marked.md'), `\uFEFF${post}`);
    await writeFile(join(dir, 'latin1.md'), Buffer.concat([Buffer.from(post), Buffer.from([0xe9, 0x0a])]));
    const site = (await loadSite(join(fixtures, 'no-missing-target'))).site!;
    const marked = await loadSource(dir, 'marked.md', site);
    expect(marked?.anchors.map((anchor) => anchor.id)).toEqual(['section']);
    expect(marked?.problems).toEqual([]);
    expect(await loadSource(dir, 'latin1.md', site)).toBeUndefined();
  });

});
