import {describe, expect, it} from 'vitest';
import {createCodeHighlighter, hasCodeToHighlight, toContentTree} from '../src/index.js';
import {createTestSite, serialize} from './site.js';

const go = 'package main\n\nfunc main() {\n\tprintln("hi") // greet\n}';
const source = `---\ntitle: Code\ndate: 2020-01-02\n---\n\n\`\`\`go\n${go}\n\`\`\`\n\n\`\`\`klingon\nqaStaH nuq? <b>\n\`\`\`\n\n\`\`\`\nno language\n\`\`\`\n`;
const path = 'posts/2020-01-02-code.md';
const {index, trees} = createTestSite({[path]: source});
const tree = trees.get(path);
if (!tree) throw new Error('Unexpected missing fixture tree');

describe('highlighting code', async () => {
  const highlighter = await createCodeHighlighter();
  const html = serialize(toContentTree(tree, {index, path, highlighter}));
  const blocks = html.split('<pre tabindex="0">').slice(1);

  it('should give a fenced `go` block highlighted spans, its text unchanged', () => {
    const goBlock = blocks[0] ?? '';
    expect(goBlock).toMatch(/^<code class="language-go">/);
    expect(goBlock).toContain('<span class="pl-k">package</span>');
    expect(goBlock).toContain('<span class="pl-k">func</span>');
    expect(goBlock).toContain('<span class="pl-en">main</span>');
    expect(goBlock).toContain('<span class="pl-c">// greet</span>');
    expect(goBlock).toContain('<span class="pl-s"><span class="pl-pds">"</span>hi<span class="pl-pds">"</span></span>');
    expect(goBlock.slice(0, goBlock.indexOf('</code>')).replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<')).toBe(`${go}\n`);
  });

  it('should leave an unknown language and a block without one as plain code', () => {
    expect(blocks[1]).toBe('<code class="language-klingon">qaStaH nuq? &#x3C;b>\n</code></pre>\n');
    expect(blocks[2]).toMatch(/^<code>no language\n<\/code><\/pre>/);
  });

  it('should highlight the same code to the same bytes every time', async () => {
    const again = serialize(toContentTree(tree, {index, path, highlighter: await createCodeHighlighter()}));
    expect(again).toBe(html);
  });

  it('should leave code plain without a highlighter, and say when one is worth loading', () => {
    expect(serialize(toContentTree(tree, {index, path}))).not.toContain('pl-k');
    expect(hasCodeToHighlight(tree)).toBe(true);
    expect(hasCodeToHighlight(createTestSite({'posts/2020-01-03-plain.md': '---\ntitle: P\ndate: 2020-01-03\n---\n\n```\nx\n```\n'}).trees.get('posts/2020-01-03-plain.md') ?? tree)).toBe(false);
  });
});
