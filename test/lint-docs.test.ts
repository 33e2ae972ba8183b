import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {ruleIds} from '@folio/lint';
import {describe, expect, it} from 'vitest';
import {lintSite} from '../packages/lint/test/helpers/lint-site.js';

const docs = join(import.meta.dirname, '../docs');
const siteYaml = 'title: Docs\nbaseUrl: https://www.example.com\nauthor:\n  name: Writer\nfootnotes:\n  definition: "fn:{label}"\n  reference: "fnref:{label}"\n';
// The front matter put above an example, and how many lines it shifts the example by.
const frontMatter = '---\ntitle: Example\ndate: 2020-01-01\nexplicitIds: true\n---\n';
const shift = frontMatter.split('\n').length - 1;

function block(text: string, section: string, lang: string): string {
  const after = text.slice(text.indexOf(`## ${section}`));
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(after);
  return match?.[1] ?? '';
}

/** Lint one example as a post in a small site that has what the examples link to. */
async function lintExample(ruleId: string, markdown: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-docs-'));
  const prefixed = markdown.startsWith('---') ? markdown : frontMatter + markdown;
  const files: Record<string, string> = {
    'site.yaml': siteYaml,
    'posts/2013-01-14-notes.md': '---\ntitle: Notes\ndate: 2013-01-14\n---\n\nText.\n',
    'posts/2020-01-01-example.md': prefixed,
    'images/cat.png': 'png',
    'images/diagram.png': 'png'
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), {recursive: true});
    await writeFile(join(dir, path), text);
  }
  const {files: linted} = await lintSite(dir);
  const lines = markdown === prefixed ? 0 : shift;
  return (linted.get('posts/2020-01-01-example.md')?.messages ?? [])
    .filter((message) => message.ruleId === ruleId)
    .map((message) => {
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      return `${(message.line ?? 0) - lines}:${message.column}-${(end?.line ?? 0) - lines}:${end?.column}: ${message.reason}`;
    });
}

describe('docs', () => {
  for (const ruleId of ruleIds) {
    it(`should show what \`${ruleId}\` really reports on its bad example, and nothing on its good one`, async () => {
      const text = await readFile(join(docs, `${ruleId}.md`), 'utf8');
      const expected = block(text, 'Bad', 'text').trim().split('\n');
      expect(await lintExample(ruleId, block(text, 'Bad', 'markdown'))).toEqual(expected);
      expect(await lintExample(ruleId, block(text, 'Good', 'markdown'))).toEqual([]);
    });
  }
});
