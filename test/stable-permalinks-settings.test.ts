import {describe, expect, it} from 'vitest';
import type {MessageRecord} from '@folio/cli';
import {siteYaml} from './helpers/make-site.js';
import {buildInProcess, checkInProcess, makeTempSite, type TempSite} from './helpers/run-main.js';

const first = ['---', 'title: First', 'date: 2020-01-01', '---', '', 'Text.', '', '## Kept {#kept}', '', 'More.', '', '## Renamed {#renamed}', '', 'End.', ''].join('\n');
const second = ['---', 'title: Second', 'slug: new-second', 'date: 2020-02-02', '---', '', 'Text.', ''].join('\n');

const record = JSON.stringify(
  {
    version: 1,
    urls: {
      '/2019/05/05/removed/': {anchors: [], source: 'posts/2019-05-05-removed.md'},
      '/2020/01/01/first/': {anchors: ['gone', 'kept'], source: 'posts/2020-01-01-first.md'},
      '/2020/02/02/second/': {anchors: [], source: 'posts/2020-02-02-second.md'}
    }
  },
  null,
  2
);

/** Where `needle` first is in `text`, 1-based. */
function at(text: string, needle: string): {line: number; column: number} {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  return {line: index + 1, column: (lines[index] ?? '').indexOf(needle) + 1};
}

/** A site that lost an anchor, a URL (a new slug) and a whole post since the record was written. */
function siteWith(rules: string, files: Record<string, string> = {}): Promise<TempSite> {
  return makeTempSite({
    'site.yaml': siteYaml + rules,
    'permalinks.json': record,
    'posts/2020-01-01-first.md': first,
    'posts/2020-02-02-second.md': second,
    ...files
  });
}

function stable(messages: MessageRecord[]): Array<{file: string; line: number; column: number; severity: string; message: string}> {
  return messages
    .filter((message) => message.ruleId === 'stable-permalinks')
    .map(({file, line, column, severity, message}) => ({file, line, column, severity, message: message.slice(0, message.indexOf(',') < 0 ? undefined : message.indexOf(','))}));
}

function expected(severity: string) {
  return [
    {file: 'permalinks.json', ...at(record, '"/2019/05/05/removed/"'), severity, message: 'Unexpected removal of published URL `/2019/05/05/removed/` (from `posts/2019-05-05-removed.md`'},
    {file: 'posts/2020-01-01-first.md', ...at(first, '{#renamed}'), severity, message: 'Unexpected lost anchor `#gone` on `/2020/01/01/first/`'},
    {file: 'posts/2020-02-02-second.md', ...at(second, 'new-second'), severity, message: 'Unexpected lost URL `/2020/02/02/second/`'}
  ];
}

describe('stable-permalinks as a rule', () => {
  it('should report at the record, the heading and the slug as errors by default, and fail', async () => {
    const site = await siteWith('');
    const run = await checkInProcess(site);
    expect(stable(run.messages)).toEqual(expected('error'));
    expect(run.code).toBe(1);
    expect(run.messages.every((message) => message.url?.endsWith('/docs/stable-permalinks.md') || message.ruleId !== 'stable-permalinks')).toBe(true);
  });

  it('should give warnings and exit 0 with `stable-permalinks: warn`, and build', async () => {
    const site = await siteWith('rules:\n  stable-permalinks: warn\n');
    const run = await checkInProcess(site);
    expect(stable(run.messages)).toEqual(expected('warning'));
    expect(run.code).toBe(0);
    expect((await buildInProcess(site)).code).toBe(0);
  });

  it('should report nothing with `stable-permalinks: off`', async () => {
    const site = await siteWith('rules:\n  stable-permalinks: off\n');
    expect(await checkInProcess(site)).toEqual({code: 0, messages: []});
  });

  it('should be silenced in place by `<!-- lint disable stable-permalinks -->`', async () => {
    const site = await siteWith('', {'posts/2020-01-01-first.md': first.replace('## Renamed', '<!-- lint disable stable-permalinks -->\n\n## Renamed')});
    const run = await checkInProcess(site);
    expect(stable(run.messages).map((message) => message.file)).toEqual(['permalinks.json', 'posts/2020-02-02-second.md']);
    expect(run.code).toBe(1);
  });

  it('should report a post whose date is in error once, under `front-matter`, not also as a lost URL', async () => {
    const site = await siteWith('', {'posts/2020-02-02-second.md': second.replace('date: 2020-02-02', 'date: 2020-02-32')});
    const run = await checkInProcess(site);
    const own = run.messages.filter((message) => message.file === 'posts/2020-02-02-second.md');
    expect(own.map((message) => message.ruleId)).toEqual(['front-matter']);
    expect(stable(run.messages).map((message) => message.file)).toEqual(['permalinks.json', 'posts/2020-01-01-first.md']);
  });

  it('should report the URL of that post as lost when `front-matter` is off, since nothing else says why', async () => {
    const site = await siteWith('rules:\n  front-matter: off\n', {'posts/2020-02-02-second.md': second.replace('date: 2020-02-02', 'date: 2020-02-32')});
    const run = await checkInProcess(site);
    expect(stable(run.messages).map((message) => message.file)).toEqual(['permalinks.json', 'posts/2020-01-01-first.md', 'posts/2020-02-02-second.md']);
  });
});
