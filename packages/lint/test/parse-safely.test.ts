import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {deepestNesting, parseMarkdownSafely} from '../src/index.js';

describe('deepestNesting', () => {
  it('should count block quotes, bullets, numbers and indentation', () => {
    expect(deepestNesting('text\n> > - 1. deep\n')).toEqual({depth: 4, line: 2});
    expect(deepestNesting('- a\n  - b\n    - c\n')).toEqual({depth: 3, line: 3});
    expect(deepestNesting('*emphasis* and -1 and 2.5\n')).toEqual({depth: 0, line: 1});
    expect(deepestNesting(`\`\`\`\n${' '.repeat(400)}indented code\n\`\`\`\n`)).toEqual({depth: 0, line: 1});
  });
});

describe('parseMarkdownSafely', () => {
  it('should parse ordinary Markdown with section ids', () => {
    const tree = parseMarkdownSafely(new VFile('## Hello {#hi}\n'));
    expect(tree?.children[0]).toMatchObject({type: 'heading', data: {id: 'hi'}});
  });

  it('should refuse deep nesting with a fatal message instead of parsing', () => {
    const file = new VFile(`intro\n\n${'> '.repeat(101)}deep\n`);
    expect(parseMarkdownSafely(file)).toBeUndefined();
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.reason])).toEqual([
      ['parse', true, 3, 'Unexpected nesting 101 levels deep, expected at most 100 levels of lists and block quotes']
    ]);
  });

  it('should parse nesting at the limit', () => {
    expect(parseMarkdownSafely(new VFile(`${'> '.repeat(100)}deep\n`))).toBeDefined();
  });

  it('should refuse a file over 4 MB with a fatal message', () => {
    const file = new VFile('a'.repeat(4 * 1024 * 1024 + 1));
    expect(parseMarkdownSafely(file)).toBeUndefined();
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['file-too-large', true]]);
  });
});
