import {readSiteConfig, type SiteConfig} from '@folio/core';
import {ruleIds} from '@folio/lint';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {lintSources} from '../packages/lint/test/helpers/lint-site.js';

function testSite(): SiteConfig {
  const yaml = 'title: Property\nbaseUrl: https://www.example.com\nauthor:\n  name: Writer\nfootnotes:\n  definition: "fn:{label}"\n  reference: "fnref:{label}"\n';
  const {config} = readSiteConfig(yaml);
  if (!config) throw new Error('Unexpected invalid test site');
  return config;
}

// Pieces a writer (or a fuzzer) puts in an essay: any Unicode, and the syntax the rules care about.
const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 12}), fc.string({unit: 'binary', maxLength: 8}), fc.constantFrom('', ' ', '🎉', 'ǅ', '\u0000', '\uFFFD', '`code`', '*em*', '<span>x</span>'));
const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9:-]{0,8}$/), fc.constantFrom('', 'top', 'fn:1', 'fnref:1', 'intro'));
const label = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,4}$/), fc.constantFrom('1', '2', 'Note'));
const target = fc.oneof(
  id.map((value) => `#${value}`),
  id.map((value) => `./2020-01-02-other.md#${value}`),
  id.map((value) => `/2020/01/02/other/#${value}`),
  id.map((value) => `https://www.example.com/2020/01/02/other#${value}`),
  fc.constantFrom('../images/x.png', '/atom.xml', 'mailto:a@b.c', 'https://example.org/', '', '#', '%zz', '../../../x'),
  text
);
const inline = fc.oneof(
  text,
  fc.tuple(text, target).map(([words, url]) => `[${words}](${url})`),
  fc.tuple(text, target).map(([words, url]) => `![${words}](${url})`),
  label.map((value) => `[^${value}]`),
  id.map((value) => `<a id="${value}"></a>`)
);
const line = fc.array(inline, {maxLength: 5}).map((parts) => parts.join(' '));
const block = fc.oneof(
  fc.tuple(fc.integer({min: 1, max: 6}), line, fc.option(id)).map(([depth, words, explicit]) => `${'#'.repeat(depth)} ${words}${explicit === null ? '' : ` {#${explicit}}`}`),
  line,
  fc.tuple(label, line).map(([value, words]) => `[^${value}]: ${words}`),
  label.map((value) => `[^${value}]:`),
  fc.tuple(fc.constantFrom('- ', '> ', '1. ', '- > ', '> - '), line).map(([prefix, words]) => prefix + words),
  fc.tuple(label, target).map(([value, url]) => `[${value}]: ${url}`),
  fc.constantFrom('<!-- lint disable no-missing-anchor -->', '<!-- lint enable -->', '<!-- lint ignore -->', '```\n[^1]\n```', '<div id="intro">', '---', '')
);
const frontMatter = fc.oneof(
  fc.constant('---\ntitle: Doc\ndate: 2020-01-01\n---\n\n'),
  fc.tuple(text, fc.constantFrom('2020-01-01', '2020-02-30', 'soon', '2020-01-01T08:00:00-08:00'), fc.boolean()).map(
    ([title, date, explicit]) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nexplicitIds: ${explicit}\n---\n\n`
  ),
  text.map((yaml) => `---\n${yaml}\n---\n\n`),
  fc.constantFrom('', '---\ntitle: unterminated\n\n')
);
const document = fc.tuple(frontMatter, fc.array(block, {maxLength: 12}), fc.constantFrom('\n\n', '\n')).map(
  ([head, blocks, separator]) => head + blocks.join(separator) + '\n'
);

// A fixed seed keeps CI repeatable; set FOLIO_FC_SEED to explore other documents.
const seed = Number(process.env.FOLIO_FC_SEED ?? 20_261_126);

// Hundreds of generated sites, each linted whole: minutes on a loaded machine, so a ceiling of ten.
const generous = {timeout: 600_000};

describe('the checks on generated documents', () => {
  const site = testSite();
  const known = new Set<string>([...ruleIds, 'parse', 'file-too-large']);

  it('should never throw, and report well-formed messages', generous, async () => {
    await fc.assert(
      fc.asyncProperty(document, document, async (doc, other) => {
        const sources = new Map([
          ['posts/2020-01-01-doc.md', doc],
          ['posts/2020-01-02-other.md', other]
        ]);
        const {files} = await lintSources(site, sources, ['images/x.png']);
        const lineCount = doc.split('\n').length;
        for (const message of files.get('posts/2020-01-01-doc.md')?.messages ?? []) {
          expect(known.has(message.ruleId ?? '')).toBe(true);
          expect(message.source).toBe('folio');
          expect(message.reason).toMatch(/^Unexpected .+, expected /);
          expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.line ?? 1).toBeLessThanOrEqual(lineCount);
        }
      }),
      {numRuns: 1000, seed}
    );
  });

  it('should find every anchor a document defines: explicit ids, raw HTML ids, footnotes', generous, async () => {
    // Heading text without Markdown syntax, so the `{#id}` after it is always read as one.
    const plain = fc.string({unit: 'grapheme', maxLength: 10}).map((value) => value.replace(/[^\p{L}\p{N}\p{Emoji_Presentation} ]/gu, ''));
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), {minLength: 1, maxLength: 6});
    const labels = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), {maxLength: 3});
    const clean = fc.tuple(ids, labels, fc.array(plain, {minLength: 6, maxLength: 6}), fc.array(fc.nat(), {minLength: 8, maxLength: 8})).map(([anchors, notes, texts, picks]) => {
      const [headings, html] = [anchors.filter((_, index) => index % 2 === 0), anchors.filter((_, index) => index % 2 === 1)];
      const blocks = headings.map((value, index) => `## ${texts[index] ?? ''} {#${value}}`);
      blocks.push(html.map((value) => `<a id="${value}"></a>`).join(' '));
      blocks.push(picks.map((pick) => `[to](#${anchors[pick % anchors.length] ?? ''}) [there](./2020-01-02-other.md#${anchors[pick % anchors.length] ?? ''})`).join(' '));
      blocks.push(notes.map((value) => `A note.[^${value}] [back](#fnref:${value}) [note](#fn:${value})`).join(' '));
      blocks.push(...notes.map((value) => `[^${value}]: The note.`));
      return `---\ntitle: Clean\ndate: 2020-01-02\nexplicitIds: true\n---\n\n${blocks.join('\n\n')}\n`;
    });
    await fc.assert(
      fc.asyncProperty(clean, async (doc) => {
        // The same document links to itself and, as `other.md`, is linked to.
        const sources = new Map([
          ['posts/2020-01-01-doc.md', doc.replace('2020-01-02', '2020-01-01')],
          ['posts/2020-01-02-other.md', doc]
        ]);
        const {files} = await lintSources(site, sources, []);
        const reported = [...files.values()].flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}: ${message.reason}`));
        expect(reported).toEqual([]);
      }),
      {numRuns: 400, seed}
    );
  });
});
