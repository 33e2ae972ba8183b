import {describe, expect, it} from 'vitest';
import {toAtom} from '../src/index.js';
import {entry, site} from './helpers.js';

// `toAtom` checks its entries: each is data the build checked.
describe('toAtom on entries', () => {
  it('should accept checked entries', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14'), entry('b', '2013-01-15', {summary: 's'})])).not.toThrow();
    expect(() => toAtom(site(), [])).not.toThrow();
  });

  it('should throw on an id that is not an absolute IRI', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {id: '/2013/01/14/a/'})])).toThrow(
      'Unexpected value `/2013/01/14/a/` for `entries[0].id`, expected an absolute IRI such as a `tag:` URI'
    );
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {id: 'tag:a b'})])).toThrow('for `entries[0].id`');
  });

  it('should throw on two entries with one id', () => {
    const id = 'tag:www.somethingsimilar.com,2013-01-14:/a/';
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {id}), entry('b', '2013-01-15'), entry('c', '2013-01-16', {id})])).toThrow(
      `Unexpected value \`${id}\` for \`entries[2].id\`, expected an id no other entry has (\`entries[0].id\` has it)`
    );
  });

  it('should throw on an empty title', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {title: '  '})])).toThrow('for `entries[0].title`, expected a title');
  });

  it('should throw on a URL that is not absolute', () => {
    for (const url of ['/2013/01/14/a/', 'www.example.com/a/', 'mailto:a@example.com']) {
      expect(() => toAtom(site(), [entry('a', '2013-01-14', {url})])).toThrow(`Unexpected value \`${url}\` for \`entries[0].url\`, expected an absolute \`http(s)\` URL`);
    }
  });

  it('should throw on dates without an offset', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {published: '2013-01-14'})])).toThrow('for `entries[0].published`');
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {updated: '2013-01-14T08:15:00'})])).toThrow('for `entries[0].updated`');
  });

  it('should throw on a relative URL in the content', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14'), entry('b', '2013-01-15', {contentHtml: '<p><a href="#fn:1">1</a></p>'})])).toThrow(
      'Unexpected value `#fn:1` for `entries[1].contentHtml`, expected absolute URLs only'
    );
  });
});
