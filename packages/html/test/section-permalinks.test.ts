import {describe, expect, it} from 'vitest';
import {toContentTree} from '../src/index.js';
import {createTestSite, post, render, serialize} from './site.js';

function heading(markdown: string): string {
  return render({'posts/a.md': post(markdown)}, 'posts/a.md');
}

const permalink = (id: string): string =>
  `<a class="permalink" href="#${id}" aria-label="Permalink to this section">#</a>`;

describe('section permalinks', () => {
  it('should give a heading its slug as id and end it with a permalink', () => {
    expect(heading('## Notes on distributed systems')).toBe(
      `<h2 id="notes-on-distributed-systems">Notes on distributed systems ${permalink('notes-on-distributed-systems')}</h2>`
    );
  });

  it('should use an explicit id and drop it from the text', () => {
    expect(heading('## The CAP theorem {#cap}')).toBe(`<h2 id="cap">The CAP theorem ${permalink('cap')}</h2>`);
  });

  it('should slug the text of inline code, emphasis and strong', () => {
    expect(heading('### The `CAP` *theorem* **again**')).toBe(
      `<h3 id="the-cap-theorem-again">The <code>CAP</code> <em>theorem</em> <strong>again</strong> ${permalink('the-cap-theorem-again')}</h3>`
    );
  });

  it('should drop emoji from the slug but keep them in the text', () => {
    expect(heading('## Party 🎉 time')).toBe(`<h2 id="party--time">Party 🎉 time ${permalink('party--time')}</h2>`);
  });

  it('should slug an image by its alt text', () => {
    expect(heading('## A ![diagram](d.png) here')).toBe(
      `<h2 id="a-diagram-here">A <img src="d.png" alt="diagram"> here ${permalink('a-diagram-here')}</h2>`
    );
  });

  it('should leave inline HTML out of the slug and pass it through', () => {
    expect(heading('## Inline <abbr title="x">HTML</abbr> here')).toBe(
      `<h2 id="inline-html-here">Inline <abbr title="x">HTML</abbr> here ${permalink('inline-html-here')}</h2>`
    );
  });

  it('should put empty anchors with the old ids right before the heading', () => {
    expect(heading('## CAP {#cap #the-cap-theorem #old}')).toBe(
      [
        '<a id="the-cap-theorem" class="anchor-alias" aria-hidden="true"></a>',
        '<a id="old" class="anchor-alias" aria-hidden="true"></a>',
        `<h2 id="cap">CAP ${permalink('cap')}</h2>`
      ].join('\n')
    );
  });

  it('should skip an empty alias', () => {
    expect(heading('## CAP {#cap #}')).toBe(`<h2 id="cap">CAP ${permalink('cap')}</h2>`);
  });

  it('should give a heading with an empty id neither id nor permalink', () => {
    expect(heading('## 🎉')).toBe('<h2>🎉</h2>');
    expect(heading('## Text {#}')).toBe('<h2>Text</h2>');
  });

  it('should encode the id in the permalink', () => {
    expect(heading('## Café {#café"x}')).toBe(
      '<h2 id="café&#x22;x">Café <a class="permalink" href="#caf%C3%A9%22x" aria-label="Permalink to this section">#</a></h2>'
    );
  });

  it('should give a heading with no id (not through core) no permalink', () => {
    const {index, trees} = createTestSite({'posts/a.md': post('## Plain')});
    const tree = trees.get('posts/a.md');
    if (!tree) throw new Error('missing tree');
    const copy = structuredClone(tree);
    const first = copy.children.find((node) => node.type === 'heading');
    if (first) delete first.data;
    expect(serialize(toContentTree(copy, {index, path: 'posts/a.md'}))).toBe('<h2>Plain</h2>');
  });
});
