import {describe, expect, it} from 'vitest';
import {findParseHazard, parseLimits} from '../src/index.js';

const intro = '---\ntitle: T\ndate: 2020-01-01\n---\n\nAn ordinary *first* paragraph.\n\n';
// The hazard's paragraph starts on line 8, after the front matter and the first paragraph.
const at = 8;

function table(columns: number, rows: number): string {
  const row = (cell: (index: number) => string) => `|${Array.from({length: columns}, (_, index) => cell(index)).join('|')}|\n`;
  return row((index) => ` h${index} `) + row(() => ' - ') + Array.from({length: rows}, (_, line) => row((index) => ` *${line}.${index}* `)).join('');
}

describe('findParseHazard', () => {
  it('should refuse 50,000 `[` then 50,000 `]` at the paragraph', () => {
    const hazard = findParseHazard(`${intro}${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(hazard?.line).toBe(at);
    expect(hazard?.reason).toMatch(/^Unexpected paragraph of 1 line with 100000 inline markers .* among 1 words, expected fewer: .*break the paragraph up with blank lines/);
  });

  it('should refuse 20,000 `*`, `x`, 20,000 `*` as a delimiter run', () => {
    expect(findParseHazard(`${intro}${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`)).toEqual({
      line: at,
      reason: 'Unexpected run of 20000 `*` characters, expected at most 200 in a row: the parser slows down with the cube of such runs; escape them (`\\*`) or write fewer'
    });
  });

  it('should refuse 5,000 nested `![`', () => {
    expect(findParseHazard(`${intro}${'!['.repeat(5_000)}x${'](u)'.repeat(5_000)}\n`)?.reason).toMatch(/^Unexpected paragraph of 1 line with 10000 inline markers/);
  });

  it('should refuse one 1 MB line of `ab_cd *e* `', () => {
    expect(findParseHazard(`${intro}${'ab_cd *e* '.repeat(100_000)}\n`)?.reason).toMatch(/^Unexpected paragraph of 1 line with 300000 inline markers .* among 200000 words/);
  });

  it('should refuse a 5,000-column table at its header', () => {
    expect(findParseHazard(`${intro}${table(5_000, 3)}`)).toEqual({
      line: at,
      reason: 'Unexpected table of 5000 columns, expected at most 1000: the parser slows down with every cell; split the table, or publish the data as a file and link to it'
    });
  });

  it('should refuse a paragraph of 20,000 lines', () => {
    expect(findParseHazard(`${intro}${'a line of verse\n'.repeat(20_000)}`)?.reason).toMatch(/^Unexpected paragraph of 20000 lines with 0 inline markers .* among 80000 words/);
  });

  it('should point at the costliest paragraph of several', () => {
    const small = 'x* '.repeat(1_000);
    const large = 'x* '.repeat(3_000);
    const hazard = findParseHazard(`${intro}${small}\n\n${large}\n\n${small}\n`);
    expect(hazard?.line).toBe(at + 2);
    expect(hazard?.reason).toMatch(/^Unexpected paragraph of 1 line with 3000 inline markers/);
  });

  it('should count a delimiter run inside a block quote and a list', () => {
    expect(findParseHazard(`${intro}> - ${'_'.repeat(parseLimits.delimiterRun + 1)}a\n`)?.reason).toMatch(/^Unexpected run of 201 `_` characters/);
  });

  it('should leave alone what is not inline text or is split into many paragraphs', () => {
    const cases = {
      'long runs in fenced code': `\`\`\`\n${'*'.repeat(5_000)}\n${'[['.repeat(5_000)}\n\`\`\`\n`,
      'long runs in a tilde fence inside a quote': `> ~~~\n> ${'_'.repeat(5_000)}\n> ~~~\n`,
      'a thematic break of 5,000 stars': `${'*'.repeat(5_000)}\n`,
      'escaped stars': `${'\\*'.repeat(5_000)}\n`,
      'raw HTML of many lines': `<table>\n${'<tr><td>[a] *b* _c_</td></tr>\n'.repeat(5_000)}</table>\n`,
      'a comment spanning blank lines': `<!--\n\n${'*a* [b] '.repeat(2_000)}\n${'x\n'.repeat(3_000)}\n-->\n`,
      'a list of 5,000 links': '- [a link](https://example.com/some_path_here) and *emphasis*\n'.repeat(5_000),
      'a numbered list of 5,000 links': Array.from({length: 5_000}, (_, index) => `${index + 1}. [a link](#x) and \`code\``).join('\n'),
      'a table of 20 columns and 2,000 rows': table(20, 2_000),
      'a long paragraph of emphasis in front matter': `---\ntitle: T\nnote: ${'*a* '.repeat(10_000)}\n---\n`,
      'many headings without blank lines': '## A *heading* with [a link](#x)\n'.repeat(5_000),
      '4 MB of ordinary paragraphs': 'Some *words* with a [link](#x), `code` and a_name.\n\n'.repeat(80_000)
    };
    for (const [name, text] of Object.entries(cases)) expect({name, hazard: findParseHazard(text)}).toEqual({name, hazard: undefined});
  });
});
