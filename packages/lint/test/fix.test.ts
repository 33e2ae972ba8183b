import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixtures, lintSite} from './helpers/lint-site.js';

async function fixes(rule: string, ruleId: string): Promise<Array<[number | undefined, string[] | undefined]>> {
  const {files} = await lintSite(join(fixtures, rule));
  return (files.get('posts/not-ok.md')?.messages ?? [])
    .filter((message) => message.ruleId === ruleId)
    .map((message) => [message.line, message.expected]);
}

describe('quick fixes (`message.expected`)', () => {
  it('should replace the whole link with the link pointing at the suggested anchor', async () => {
    expect(await fixes('no-missing-anchor', 'no-missing-anchor')).toEqual([
      [8, ['[this](#intro)']],
      [8, ['[that](#intro)']],
      [8, undefined],
      [10, ['[CAP](/2013/01/14/notes-on-distributed-systems-for-young-bloods/#cap)']],
      [12, ['[the failure](./2013-01-14-notes-on-distributed-systems-for-young-bloods.md#failure)']],
      [14, ['[absolute](https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods#fn:1)']],
      [16, ['[contact](/about/#contact-me)']],
      [18, ['[ref]: ../pages/about.md#email']],
      [22, ['[the initiatives](#librarification-initiatives-%EF%B8%8F)']],
      // In raw HTML the message covers the URL only, and the fix is the URL.
      [24, ['#intro']],
      [24, ['./2013-01-14-notes-on-distributed-systems-for-young-bloods.md#cap']]
    ]);
  });

  it('should replace the whole link with the link pointing at the suggested target', async () => {
    expect(await fixes('no-missing-target', 'no-missing-target')).toEqual([
      [6, ['[Missing post](./2013-01-14-notes.md)']],
      [6, ['[missing page](../pages/about.md)']],
      [7, ['[Missing URL](/2013/01/14/notes/)']],
      [7, undefined],
      [8, ['![A dog](../images/cat.png)']],
      [8, ['![A cat](/images/cat.png)']],
      [9, undefined],
      [10, undefined],
      [10, undefined],
      [12, undefined],
      [14, ['../images/cat.png']],
      [16, ['./2013-01-14-notes.md']],
      [16, ['../images/cat.png']],
      [19, ['/images/cat.png']]
    ]);
  });

  it('should replace an undefined footnote reference with the suggested one', async () => {
    const found = await fixes('no-undefined-footnote', 'no-undefined-footnote');
    expect(found.filter(([, expected]) => expected)).toEqual([[6, ['[^named]']]]);
  });
});
