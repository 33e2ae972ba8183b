import {describe, expect, it} from 'vitest';
import {checkSite, siteOutputs} from '@folio/site';
import {makeTempSite} from './helpers/run-main.js';

const a = ['---', 'title: A', 'date: 2020-01-01', '---', '', 'Text.', ''].join('\n');
const b = ['---', 'title: B', 'date: 2020-01-02', 'aliases:', '  - /b-old/', '---', '', 'Text.', ''].join('\n');

describe('the last guard before writing', () => {
  it('should blame a second file on one output path on the front matter value that makes it, with the first as cause', async () => {
    const site = await makeTempSite({'posts/2020-01-01-a.md': a, 'posts/2020-01-02-b.md': b});
    const checked = await checkSite({contentDir: site.content, render: true});
    expect(checked.sources.flatMap((source) => source.file.messages)).toEqual([]);
    // What the check cannot know: a page that a renderer would write where another one is.
    const rendered = checked.rendered ?? [];
    const redirect = rendered.flatMap((source) => source.outputs).find((output) => output.origin.kind === 'alias');
    expect(redirect?.path).toBe('b-old/index.html');
    if (redirect) redirect.path = '2020/01/01/a/index.html';
    expect(await siteOutputs(checked, site.content)).toBeUndefined();
    const file = checked.sources.find((source) => source.file.path === 'posts/2020-01-02-b.md')?.file;
    const [message] = file?.messages ?? [];
    expect({line: message?.line, column: message?.column, ruleId: message?.ruleId, fatal: message?.fatal}).toEqual({line: 5, column: 5, ruleId: 'no-duplicate-output', fatal: true});
    expect(message?.reason).toBe(
      'Unexpected second file for output `2020/01/01/a/index.html` from alias `/b-old/` of `posts/2020-01-02-b.md`, expected one file per output path (`posts/2020-01-01-a.md` writes it too)'
    );
    const cause = message?.cause as {file?: string; line?: number; column?: number} | undefined;
    expect({file: cause?.file, line: cause?.line, column: cause?.column}).toEqual({file: 'posts/2020-01-01-a.md', line: 3, column: 7});
  });
});
