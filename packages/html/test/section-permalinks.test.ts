import {describe, expect, it} from 'vitest';
import {toContentTree} from '../src/index.js';
import {createTestSite, post, render, serialize} from './site.js';

function heading(markdown: string): string {
  return render({'posts/a.md': post(markdown)}, 'posts/a.md');
}

const permalink = (id: string, text: string): string =>
  `<a class="permalink" href="#${id}" aria-label="Permalink: ${text}">#</a>`;

/** A heading and its permalink, side by side in their wrapper. */
const section = (tag: string, id: string, inner: string, text: string): string =>
  `<div class="heading"><${tag} id="${id}">${inner}</${tag}>${permalink(id, text)}</div>`;

describe('section permalinks', () => {
  it('should give a heading its slug as id and a permalink beside it, named for it', () => {
    expect(heading('## Notes on distributed systems')).toBe(
      section('h2', 'notes-on-distributed-systems', 'Notes on distributed systems', 'Notes on distributed systems')
    );
  });

  it('should use an explicit id and drop it from the text', () => {
    expect(heading('## The CAP theorem {#cap}')).toBe(section('h2', 'cap', 'The CAP theorem', 'The CAP theorem'));
  });

  it('should slug the text of inline code, emphasis and strong', () => {
    expect(heading('### The `CAP` *theorem* **again**')).toBe(
      section('h3', 'the-cap-theorem-again', 'The <code>CAP</code> <em>theorem</em> <strong>again</strong>', 'The CAP theorem again')
    );
  });

  it('should drop emoji from the slug but keep them in the text', () => {
    expect(heading('## Party 🎉 time')).toBe(section('h2', 'party--time', 'Party 🎉 time', 'Party 🎉 time'));
  });

  it('should slug an image by its alt text', () => {
    expect(heading('## A ![diagram](d.png) here')).toBe(
      section('h2', 'a-diagram-here', 'A <img src="d.png" alt="diagram"> here', 'A diagram here')
    );
  });

  it('should leave inline HTML out of the slug and pass it through', () => {
    expect(heading('## Inline <abbr title="x">HTML</abbr> here')).toBe(
      section('h2', 'inline-html-here', 'Inline <abbr title="x">HTML</abbr> here', 'Inline HTML here')
    );
  });

  it('should put empty anchors with the old ids right before the heading', () => {
    expect(heading('## CAP {#cap #the-cap-theorem #old}')).toBe(
      [
        '<a id="the-cap-theorem" class="anchor-alias" aria-hidden="true"></a>',
        '<a id="old" class="anchor-alias" aria-hidden="true"></a>',
        section('h2', 'cap', 'CAP', 'CAP')
      ].join('\n')
    );
  });

  it('should skip an empty alias', () => {
    expect(heading('## CAP {#cap #}')).toBe(section('h2', 'cap', 'CAP', 'CAP'));
  });

  it('should give a heading with an empty id neither id nor permalink', () => {
    expect(heading('## 🎉')).toBe('<h2>🎉</h2>');
    expect(heading('## Text {#}')).toBe('<h2>Text</h2>');
  });

  it('should encode the id in the permalink', () => {
    expect(heading('## Café {#café"x}')).toBe(
      '<div class="heading"><h2 id="café&#x22;x">Café</h2><a class="permalink" href="#caf%C3%A9%22x" aria-label="Permalink: Café">#</a></div>'
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
