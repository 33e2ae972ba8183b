import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {createMarkdownParser, parseMarkdown} from '../src/index.js';

describe('parseMarkdown', () => {
  it('should read YAML front matter, GFM and section ids', () => {
    const tree = parseMarkdown(new VFile('---\ntitle: X\n---\n\n## CAP {#cap}\n\n| a |\n| - |\n\nA[^1].\n\n[^1]: One.\n'));
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'table', 'paragraph', 'footnoteDefinition']);
    const heading = tree.children[1];
    expect(heading?.type === 'heading' && heading.data?.id).toBe('cap');
  });

  it('should read TOML front matter', () => {
    const tree = parseMarkdown(new VFile('+++\ntitle = "X"\n+++\n'));
    expect(tree.children[0]?.type).toBe('toml');
  });
});

describe('createMarkdownParser', () => {
  it('should parse without setting ids', () => {
    const tree = createMarkdownParser().parse('## CAP {#cap}\n');
    const heading = tree.children[0];
    expect(heading?.type === 'heading' && heading.data?.id).toBeUndefined();
  });
});
