import {describe, expect, it} from 'vitest';
import {siteYaml} from './helpers/make-site.js';
import {checkInProcess, makeTempSite} from './helpers/run-main.js';

const post = ['---', 'title: A', 'date: 2020-01-01', '---', '', 'Text.', ''].join('\n');
const postLike = ['---', 'title: Notes', '---', '', 'Kept as text.', ''].join('\n');

function site(rules: string) {
  return makeTempSite({'site.yaml': siteYaml + rules, 'posts/2020-01-01-a.md': post, 'posts/notes.txt': postLike});
}

describe('severities of messages outside the rules', () => {
  it('should take `content-file` from `rules:`: a warning by default, an error, or nothing', async () => {
    const warned = await checkInProcess(await site(''));
    expect(warned.messages.map(({file, ruleId, severity}) => ({file, ruleId, severity}))).toEqual([{file: 'posts/notes.txt', ruleId: 'content-file', severity: 'warning'}]);
    expect(warned.code).toBe(0);
    const failed = await checkInProcess(await site('rules:\n  content-file: error\n'));
    expect(failed.messages.map(({ruleId, severity}) => ({ruleId, severity}))).toEqual([{ruleId: 'content-file', severity: 'error'}]);
    expect(failed.code).toBe(1);
    expect(await checkInProcess(await site('rules:\n  content-file: off\n'))).toEqual({code: 0, messages: []});
  });

  it('should refuse to turn down an id that reports what cannot be published', async () => {
    const run = await checkInProcess(await site('rules:\n  no-duplicate-output: warn\n'));
    // A setting that cannot apply is a broken config: exit 2, as for any bad `rules:` entry.
    expect(run.code).toBe(2);
    expect(run.messages).toEqual([
      expect.objectContaining({file: 'site.yaml', ruleId: 'site-config', severity: 'error', message: expect.stringContaining('Unexpected rule `no-duplicate-output` in `rules`')})
    ]);
  });
});
