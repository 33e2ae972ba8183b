import {describe, expect, it} from 'vitest';
import {siteYaml} from './helpers/make-site.js';
import {checkInProcess, makeTempSite} from './helpers/run-main.js';

function post(body: string[]): string {
  return ['---', 'title: A', 'date: 2020-01-01', '---', '', ...body, ''].join('\n');
}

describe('lint comments', () => {
  it('should report a comment with an unknown keyword at its place, and still apply the comments after it', async () => {
    const body = ['Start.', '', '<!-- lint frobnicate no-missing-anchor -->', '', '<!-- lint disable no-missing-anchor -->', '', 'See [nowhere](#nope).', '', '<!-- lint -->', ''];
    const run = await checkInProcess(await makeTempSite({'site.yaml': siteYaml, 'posts/2020-01-01-a.md': post(body)}));
    expect(run.code).toBe(1);
    expect(run.messages).toEqual([
      expect.objectContaining({file: 'posts/2020-01-01-a.md', line: 8, column: 1, ruleId: 'lint-comment', severity: 'error', message: expect.stringContaining('Unexpected keyword `frobnicate` in a lint comment, expected `disable`, `enable` or `ignore`')}),
      expect.objectContaining({file: 'posts/2020-01-01-a.md', line: 14, column: 1, ruleId: 'lint-comment', severity: 'error', message: expect.stringContaining('Unexpected lint comment without a keyword')})
    ]);
  });

  it('should leave a site whose lint comments all have a keyword clean', async () => {
    const body = ['<!-- lint disable no-missing-anchor -->', '', 'See [nowhere](#nope).', '', '<!-- lint enable no-missing-anchor -->', ''];
    expect(await checkInProcess(await makeTempSite({'site.yaml': siteYaml, 'posts/2020-01-01-a.md': post(body)}))).toEqual({code: 0, messages: []});
  });
});
