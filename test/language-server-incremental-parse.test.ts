import fc from 'fast-check';
import type {Root} from 'mdast';
import {remark} from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import {parseWhole, reparse, type Parsed} from '../packages/cli/src/language-server/incremental-parse.js';
import {DocumentParses} from '../packages/cli/src/language-server/document-parses.js';
import {parseMarkdownSafely} from '@folio/lint';
import {VFile} from 'vfile';

// The language server's syntax: the same plugins, in the same order.
const processor = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
const parse = (text: string): Root => processor.parse(text);

const document = [
  '---',
  'title: A post',
  'date: 2020-01-02',
  '---',
  '',
  'A first paragraph with a [link][ref], a footnote[^note] and `code`.',
  '',
  '## A section {#section}',
  '',
  'Prose that goes on',
  'over two lines, with *emphasis* and www.example.com.',
  '',
  '- a list item',
  '- another with [^note]',
  '',
  '  continued in the item',
  '',
  '---',
  '',
  '> A quote',
  'lazily continued.',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  '```js',
  'const fenced = true;',
  '```',
  '',
  '<div>',
  'html',
  '</div>',
  '',
  '    indented code',
  '',
  'Setext heading',
  '==============',
  '',
  'Last paragraph, see [ref] and [missing].',
  '',
  '[ref]: https://example.com "Title"',
  '',
  '[^note]: The note.',
  ''
].join('\n');

// Thematic breaks before containers, and front matter that never closes (it stops block quotes and lists to the end).
const unclosed = ['---', 'title: Never closed', '', '> A quote', '', '***', '', '- a list', '- of two', '', 'Text [^note].', '', '***', '', '> Another', '', '[^note]: A note.', ''].join('\n');

const snippets = ['\n---\n', '---\n', '\n', '\n\n', '```', '~~~', '[^note]', '[^new]', '[ref]', '[missing]', '[^new]: a note\n', '[missing]: /x\n', '> ', '- ', '1. ', '===', '---', '|', ' | --- |', '<!--', '-->', '<div>', '    ', '\t', '*', '_', '`', '# ', '## ', 'http://x.y', '{#id}', '\\', ' ', 'word', '\r\n'];

/** A random edit: delete up to four characters somewhere and insert a snippet there. */
const edit = fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), remove: fc.integer({min: 0, max: 4}), insert: fc.constantFrom(...snippets, '')});

function apply(text: string, {at, remove, insert}: {at: number; remove: number; insert: string}): string {
  const index = Math.floor(at * text.length);
  return text.slice(0, index) + insert + text.slice(index + remove);
}

describe('incremental parse', () => {
  it('should give the tree a whole parse gives, after any sequence of edits', () => {
    let edits = 0;
    let local = 0;
    fc.assert(
      fc.property(fc.constantFrom(document, unclosed), fc.array(edit, {minLength: 1, maxLength: 8}), (start, sequence) => {
        let parsed: Parsed = parseWhole(start, parse)!;
        for (const each of sequence) {
          const text = apply(parsed.text, each);
          const again = reparse(parsed, text, parse);
          edits++;
          if (again && again !== parsed) local++;
          parsed = again ?? parseWhole(text, parse)!;
          expect(parsed.tree).toEqual(parse(text));
        }
      }),
      {numRuns: 150}
    );
    // Most random edits stay inside a few blocks: the property above must have covered re-parsed slices.
    expect(local / edits).toBeGreaterThan(0.3);
    // A ceiling for a loaded machine, not a measure: the property's runs take a few seconds unloaded.
  }, 300_000);

  it('should re-parse only the blocks around an edit to a paragraph', () => {
    const previous = parseWhole(document, parse)!;
    const text = document.replace('over two lines', 'over two edited lines');
    let parsed = 0;
    const result = reparse(previous, text, (part) => {
      parsed += part.length;
      return parse(part);
    });
    expect(result?.tree).toEqual(parse(text));
    expect(parsed).toBeLessThan(text.length / 2);
  });

  it('should re-parse a block quote after a thematic break `---` as a block quote', () => {
    const previous = parseWhole(document, parse)!;
    const text = document.replace('> A quote', '> A changed quote');
    expect(reparse(previous, text, parse)?.tree).toEqual(parse(text));
  });

  it('should keep block quotes off while front matter stays open to the end', () => {
    const previous = parseWhole(unclosed, parse)!;
    const text = unclosed.replace('> A quote', '> A changed quote');
    expect(parse(text).children.some((node) => node.type === 'blockquote')).toBe(false);
    expect((reparse(previous, text, parse) ?? parseWhole(text, parse))?.tree).toEqual(parse(text));
  });

  it('should parse whole when the edit adds a definition that earlier text refers to', () => {
    const previous = parseWhole(document, parse)!;
    const text = document.replace('over two lines', 'over two lines\n\n[missing]: /here\n\nmore');
    expect(reparse(previous, text, parse)).toBeUndefined();
  });

  it('should hand out a copy that plugins may change', () => {
    const parses = new DocumentParses();
    const first = parses.parse(new VFile({path: '/a.md', value: document}));
    first!.children.length = 0;
    const changed = document.replace('A quote', 'A changed quote');
    expect(parses.parse(new VFile({path: '/a.md', value: changed}))).toEqual(safely(changed));
  });

  it('should give the trees of the check (section ids and all), after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, {minLength: 1, maxLength: 8}), (sequence) => {
        const parses = new DocumentParses();
        let text = document;
        parses.parse(new VFile({path: '/a.md', value: text}));
        for (const each of sequence) {
          text = apply(text, each);
          expect(parses.parse(new VFile({path: '/a.md', value: text}))).toEqual(safely(text));
        }
      }),
      {numRuns: 40}
    );
  }, 300_000);

  it('should refuse a document the check refuses, with its message, though only a slice changed', () => {
    const parses = new DocumentParses();
    parses.parse(new VFile({path: '/a.md', value: document}));
    const text = document.replace('Prose that goes on', `${'> '.repeat(200)}deep`);
    const file = new VFile({path: '/a.md', value: text});
    expect(parses.parse(file)).toBeUndefined();
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['parse', 10]]);
  });
});

/** The tree the check parses from `text`. */
function safely(text: string): Root | undefined {
  return parseMarkdownSafely(new VFile({value: text}));
}
