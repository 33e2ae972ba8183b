import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {main, type MessageRecord} from '@folio/cli';
import {describe, expect, it} from 'vitest';
import {makeSite, siteYaml, testCacheDir} from './helpers/make-site.js';

const body = ['## Café & “CAP” (2)', '', '## Café & “CAP” (2)', '', '## [Link](https://example.org/x) here', ''].join('\n');

const cases = [
  {profile: 'github', ids: ['café--cap-2', 'café--cap-2-1', 'link-here'], foreign: 'cafe-cap-2'},
  {profile: 'hugo', ids: ['café--cap-2', 'café--cap-2-1', 'linkhttpsexampleorgx-here'], foreign: 'link-here'},
  {profile: 'zola', ids: ['cafe-cap-2', 'cafe-cap-2-1', 'link-here'], foreign: 'café--cap-2'},
  {profile: 'jekyll', ids: ['café--cap-2', 'café--cap-2-1', 'link-here'], foreign: 'cafe-cap-2-1'},
  {profile: 'vuepress', ids: ['cafe-cap-2', 'cafe-cap-2-1', 'link-here'], foreign: 'café--cap-2'}
] as const;

function post(title: string, links: string[]): string {
  return `---\ntitle: ${title}\ndate: 2020-01-02\n---\n\n${body}\n${links.map((id) => `See [it](#${id}).`).join('\n\n')}\n`;
}

async function check(dir: string, workers?: string): Promise<MessageRecord[]> {
  const run = await main(['check', '--content', dir, '--format', 'json', '--published', 'none'], {cacheDir: testCacheDir, ...(workers ? {workers} : {})});
  return JSON.parse(run.stdout) as MessageRecord[];
}

describe('headingIds in site.yaml', () => {
  for (const {profile, ids, foreign} of cases) {
    it(`should check and publish ${profile}’s ids, repeats included`, async () => {
      const dir = await makeSite({'site.yaml': `${siteYaml}headingIds: ${profile}\n`, 'posts/2020-01-02-ids.md': post('Ids', [...ids])});
      expect(await check(dir)).toEqual([]);
      const out = `${dir}-out`;
      expect((await main(['build', '--content', dir, '--out', out, '--published', 'none'], {cacheDir: testCacheDir})).exitCode).toBe(0);
      const html = await readFile(join(out, '2020/01/02/ids/index.html'), 'utf8');
      const published = [...html.matchAll(/<h2 id="([^"]*)"/g)].map((match) => match[1]);
      expect(published).toEqual([...ids]);
    });

    it(`should report a link to an id another engine would give, under ${profile}`, async () => {
      const dir = await makeSite({'site.yaml': `${siteYaml}headingIds: ${profile}\n`, 'posts/2020-01-02-ids.md': post('Ids', [foreign])});
      const messages = await check(dir);
      expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['no-missing-anchor', 12]]);
      expect(messages[0]?.message).toContain(`\`#${foreign}\``);
    });
  }

  it('should give the same ids in worker threads', async () => {
    const files: Record<string, string> = {'site.yaml': `${siteYaml}headingIds: zola\n`};
    for (let day = 1; day <= 70; day++) {
      const date = `2020-02-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
      files[`posts/${date}-ids-${day}.md`] = post(`Ids ${day}`, ['cafe-cap-2-1']).replace('2020-01-02', date);
    }
    const dir = await makeSite(files);
    expect(await check(dir, '2')).toEqual([]);
  });

  it('should report an engine folio does not know, at its value', async () => {
    const dir = await makeSite({'site.yaml': `${siteYaml}headingIds: gatsby\n`, 'posts/2020-01-02-ids.md': post('Ids', [])});
    const run = await main(['check', '--content', dir, '--format', 'json', '--published', 'none'], {cacheDir: testCacheDir});
    expect(run.exitCode).toBe(2);
    const messages = JSON.parse(run.stdout) as MessageRecord[];
    expect(messages.map((message) => [message.file, message.ruleId, message.line, message.column])).toEqual([['site.yaml', 'site-config', 9, 13]]);
  });
});
