import {readFileSync} from 'node:fs';
import type {Element as HastElement, Nodes as HastNodes} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {toAtom} from '../src/index.js';
import {

  absoluteIri,
  atomChild,
  atomChildren,
  atomNamespace,
  entry,
  feedOf,
  rfc3339,
  serializeAndParse,
  site,
  textOf,
  withoutForbiddenChars
} from './helpers.js';

// The Atom element that carries each entry's HTML; every entry here is made in memory.
const contentElement = 'content';

const twoEntries = [
  entry('notes-on-distributed-systems-for-young-bloods', '2013-01-14', {
    title: 'Notes on Distributed Systems for Young Bloods',
    updated: '2013-01-20T10:00:00-08:00',
    summary: 'Lessons for engineers new to distributed systems.',
    contentHtml:
      '<p>I’ve been thinking about <a href="https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods/#fn:1">the lessons</a> &amp; more.</p>\n<p><img src="https://www.somethingsimilar.com/images/graph.png" alt="A graph"></p>'
  }),
  entry('a-guide-to-writing', '2012-06-02', {title: 'A <Guide> to “Writing” & Reading'})
];

function idsOf(feed: ReturnType<typeof feedOf>): string[] {
  return [atomChild(feed, 'id'), ...atomChildren(feed, 'entry').map((item) => atomChild(item, 'id'))].map(textOf);
}

function hastUrls(node: HastNodes): string[] {
  const own: string[] = [];
  if (node.type === 'element') {
    const {href, src, srcSet} = (node as HastElement).properties;
    if (typeof href === 'string') own.push(href);
    if (typeof src === 'string') own.push(src);
    if (Array.isArray(srcSet)) own.push(...srcSet.map((candidate) => String(candidate).split(/\s+/)[0] ?? ''));
  }
  const children = 'children' in node ? node.children : [];
  return [...own, ...children.flatMap((child) => hastUrls(child))];
}

describe('toAtom', () => {
  it('should start with the XML declaration and a feed in the Atom namespace with `xml:lang`', () => {
    const {xml, document} = serializeAndParse(toAtom(site({language: 'en-US'}), twoEntries));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed')).toBe(true);
    const feed = feedOf(document);
    expect(feed.namespaceURI).toBe(atomNamespace);
    expect(feed.localName).toBe('feed');
    expect(feed.getAttribute('xml:lang')).toBe('en-US');
  });

  it('should carry the feed’s required elements once each', () => {
    const feed = feedOf(serializeAndParse(toAtom(site(), twoEntries)).document);
    expect(textOf(atomChild(feed, 'id'))).toBe('https://www.somethingsimilar.com/');
    expect(textOf(atomChild(feed, 'title'))).toBe('Something Similar');
    expect(atomChild(feed, 'title').getAttribute('type')).toBe('text');
    expect(textOf(atomChild(feed, 'subtitle'))).toBe('Essays by Jeff Hodges');
    expect(textOf(atomChild(feed, 'updated'))).toMatch(rfc3339);
    expect(atomChildren(feed, 'generator')).toHaveLength(1);
    const links = atomChildren(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')]);
    expect(links).toEqual([
      ['self', 'application/atom+xml', 'https://www.somethingsimilar.com/atom.xml'],
      ['alternate', 'text/html', 'https://www.somethingsimilar.com/']
    ]);
  });

  it('should give the feed an author, since its entries have none', () => {
    const feed = feedOf(serializeAndParse(toAtom(site({author: {name: 'Jeff Hodges', uri: '/about/', email: 'jeff@example.com'}}), twoEntries)).document);
    const author = atomChild(feed, 'author');
    expect(textOf(atomChild(author, 'name'))).toBe('Jeff Hodges');
    expect(textOf(atomChild(author, 'uri'))).toBe('https://www.somethingsimilar.com/about/');
    expect(textOf(atomChild(author, 'email'))).toBe('jeff@example.com');
    for (const item of atomChildren(feed, 'entry')) expect(atomChildren(item, 'author')).toEqual([]);
  });

  it('should leave out `subtitle`, `uri` and `email` when the site has none', () => {
    const feed = feedOf(serializeAndParse(toAtom(site({description: '', author: {name: 'Jeff Hodges'}}), twoEntries)).document);
    expect(atomChildren(feed, 'subtitle')).toEqual([]);
    const author = atomChild(feed, 'author');
    expect(atomChildren(author, 'uri')).toEqual([]);
    expect(atomChildren(author, 'email')).toEqual([]);
  });

  it('should give every entry its required elements', () => {
    const feed = feedOf(serializeAndParse(toAtom(site(), twoEntries)).document);
    const items = atomChildren(feed, 'entry');
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(textOf(atomChild(item, 'id'))).toMatch(absoluteIri);
      expect(textOf(atomChild(item, 'title')).length).toBeGreaterThan(0);
      expect(atomChild(item, 'title').getAttribute('type')).toBe('text');
      expect(textOf(atomChild(item, 'published'))).toMatch(rfc3339);
      expect(textOf(atomChild(item, 'updated'))).toMatch(rfc3339);
      const link = atomChild(item, 'link');
      expect([link.getAttribute('rel'), link.getAttribute('type')]).toEqual(['alternate', 'text/html']);
      expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.somethingsimilar\.com\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/);
      expect(atomChild(item, contentElement).getAttribute('type')).toBe('html');
    }
  });

  it('should carry `summary` only when given', () => {
    const [first, second] = atomChildren(feedOf(serializeAndParse(toAtom(site(), twoEntries)).document), 'entry');
    expect(first && textOf(atomChild(first, 'summary'))).toBe('Lessons for engineers new to distributed systems.');
    expect(second && atomChildren(second, 'summary')).toEqual([]);
  });

  it('should carry the content HTML exactly, as text', () => {
    const [first] = atomChildren(feedOf(serializeAndParse(toAtom(site(), twoEntries)).document), 'entry');
    expect(first && textOf(atomChild(first, contentElement))).toBe(twoEntries[0]?.contentHtml);
  });

  it('should write every date as RFC 3339 with an offset', () => {
    const {document} = serializeAndParse(toAtom(site(), twoEntries));
    const dates = ['updated', 'published'].flatMap((name) => Array.from(document.getElementsByTagNameNS(atomNamespace, name)));
    expect(dates.length).toBe(5);
    for (const date of dates) expect(textOf(date)).toMatch(rfc3339);
  });

  it('should give the feed and every entry a unique absolute IRI', () => {
    const ids = idsOf(feedOf(serializeAndParse(toAtom(site(), twoEntries)).document));
    for (const id of ids) expect(id).toMatch(absoluteIri);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should set `updated` to the newest entry’s, comparing moments across offsets', () => {
    const entries = [
      entry('a', '2013-01-14', {updated: '2013-02-01T00:30:00+01:00'}),
      // Published earlier, but updated last: 2013-02-01T00:00:00Z.
      entry('b', '2012-06-02', {updated: '2013-01-31T16:00:00-08:00'})
    ];
    const feed = feedOf(serializeAndParse(toAtom(site(), entries)).document);
    expect(textOf(atomChild(feed, 'updated'))).toBe('2013-01-31T16:00:00-08:00');
    const newest = Math.max(...atomChildren(feed, 'entry').map((item) => Date.parse(textOf(atomChild(item, 'updated')))));
    expect(Date.parse(textOf(atomChild(feed, 'updated')))).toBe(newest);
  });

  it('should use the Unix epoch as `updated` of a feed without entries', () => {
    const feed = feedOf(serializeAndParse(toAtom(site(), [])).document);
    expect(textOf(atomChild(feed, 'updated'))).toBe('1970-01-01T00:00:00Z');
    expect(atomChildren(feed, 'entry')).toEqual([]);
    expect(atomChildren(feed, 'author')).toHaveLength(1);
  });

  it('should order entries newest first by `published`, ties by id', () => {
    const entries = [
      entry('old', '2011-03-04'),
      entry('tie-b', '2013-01-14', {id: 'tag:www.somethingsimilar.com,2013-01-14:/b/'}),
      entry('new', '2014-05-06'),
      // Same moment as `tie-b`, written with another offset.
      entry('tie-a', '2013-01-14', {id: 'tag:www.somethingsimilar.com,2013-01-14:/a/', published: '2013-01-14T16:15:00Z'})
    ];
    const items = atomChildren(feedOf(serializeAndParse(toAtom(site(), entries)).document), 'entry');
    expect(items.map((item) => textOf(atomChild(item, 'id')))).toEqual([
      'tag:www.somethingsimilar.com,2014-05-06:/2014/05/06/new/',
      'tag:www.somethingsimilar.com,2013-01-14:/a/',
      'tag:www.somethingsimilar.com,2013-01-14:/b/',
      'tag:www.somethingsimilar.com,2011-03-04:/2011/03/04/old/'
    ]);
    const published = items.map((item) => Date.parse(textOf(atomChild(item, 'published'))));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it('should carry at most `feed.entries` entries, the newest, and all for 0', () => {
    const entries = [entry('a', '2011-01-01'), entry('b', '2012-01-01', {updated: '2014-01-01T00:00:00Z'}), entry('c', '2013-01-01')];
    const limited = feedOf(serializeAndParse(toAtom(site({feed: {path: 'atom.xml', entries: 2}}), entries)).document);
    expect(atomChildren(limited, 'entry').map((item) => textOf(atomChild(item, 'title')))).toEqual(['Post c', 'Post b']);
    expect(textOf(atomChild(limited, 'updated'))).toBe('2014-01-01T00:00:00Z');
    const all = feedOf(serializeAndParse(toAtom(site(), entries)).document);
    expect(atomChildren(all, 'entry')).toHaveLength(3);
  });

  it('should keep every URL in the content absolute', () => {
    const items = atomChildren(feedOf(serializeAndParse(toAtom(site(), twoEntries)).document), 'entry');
    const urls = items.flatMap((item) => hastUrls(fromHtml(textOf(atomChild(item, contentElement)), {fragment: true})));
    expect(urls.length).toBe(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('should keep `]]>`, `<` and `&` in titles and content well-formed and exact', () => {
    const tricky = 'a ]]> b <c> & d ]]]]>> e';
    const entries = [entry('x', '2013-01-14', {title: tricky, summary: tricky, contentHtml: `<p>${tricky.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`})];
    const {document} = serializeAndParse(toAtom(site({title: tricky, description: tricky}), entries));
    const feed = feedOf(document);
    const item = atomChild(feed, 'entry');
    expect([atomChild(feed, 'title'), atomChild(feed, 'subtitle'), atomChild(item, 'title'), atomChild(item, 'summary')].map(textOf)).toEqual([tricky, tricky, tricky, tricky]);
    expect(textOf(atomChild(item, contentElement))).toBe(entries[0]?.contentHtml);
  });

  it('should remove characters XML 1.0 forbids, and control characters, from every text', () => {
    const bad = 'a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i\tj\nk😀\u007F\u0085';
    const clean = 'abcdefghi\tj\nk😀';
    const entries = [entry('x', '2013-01-14', {title: bad, summary: bad, contentHtml: `<p>${bad}</p>`})];
    const {xml, document} = serializeAndParse(toAtom(site({title: bad, description: bad, author: {name: bad}}), entries));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    const feed = feedOf(document);
    const item = atomChild(feed, 'entry');
    const texts = [atomChild(feed, 'title'), atomChild(feed, 'subtitle'), atomChild(atomChild(feed, 'author'), 'name'), atomChild(item, 'title'), atomChild(item, 'summary')].map(textOf);
    expect(texts).toEqual([clean, clean, clean, clean, clean]);
    expect(textOf(atomChild(item, contentElement))).toBe(`<p>${clean}</p>`);
  });

  it('should stay well-formed and exact for any title, summary and content text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), fc.string({unit: 'binary'}), (title, body) => {
        fc.pre(title.trim() !== '' && body.trim() !== '');
        const contentHtml = body.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
        const {document} = serializeAndParse(toAtom(site(), [entry('x', '2013-01-14', {title, summary: body, contentHtml})]));
        const item = atomChild(feedOf(document), 'entry');
        // A parser reads every line ending as `\n`, so the feed writes them so.
        const read = (value: string): string => withoutForbiddenChars(value).replace(/\r\n?/g, '\n');
        expect(textOf(atomChild(item, 'title'))).toBe(read(title));
        expect(textOf(atomChild(item, 'summary'))).toBe(read(body));
        expect(textOf(atomChild(item, contentElement))).toBe(read(contentHtml));
      }),
      {numRuns: 100}
    );
  });

  it('should be deterministic: the same entries in any order give byte-identical XML', async () => {
    const {toXml} = await import('xast-util-to-xml');
    const first = toXml(toAtom(site(), twoEntries));
    expect(toXml(toAtom(site(), twoEntries))).toBe(first);
    expect(toXml(toAtom(site(), [...twoEntries].reverse()))).toBe(first);
  });

  it('should not change the entries it is given', () => {
    const entries = [entry('a', '2011-01-01'), entry('b', '2012-01-01')];
    const before = structuredClone(entries);
    toAtom(site({feed: {path: 'atom.xml', entries: 1}}), entries);
    expect(entries).toEqual(before);
  });

  it('should throw on input only a programming error produces', () => {
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {url: '/2013/01/14/a/'})])).toThrow(
      'Unexpected value `/2013/01/14/a/` for `entries[0].url`, expected an absolute `http(s)` URL'
    );
    expect(() => toAtom(site(), [entry('a', '2013-01-14', {contentHtml: '<img src="/images/a.png">'})])).toThrow(
      'Unexpected value `/images/a.png` for `entries[0].contentHtml`, expected absolute URLs only'
    );
    expect(() => toAtom(site({language: 'en_US'}), [])).toThrow('Unexpected value `en_US` for `site.language`');
  });

  it('should give the frozen feed of two entries, byte for byte', () => {
    const {xml} = serializeAndParse(toAtom(site({author: {name: 'Jeff Hodges', uri: 'https://www.somethingsimilar.com/about/', email: 'jeff@example.com'}}), twoEntries));
    // A frozen file, never rewritten by a test run: a change of the feed's bytes must be made here by hand.
    expect(xml).toBe(readFileSync(new URL('./fixtures/two-entries.xml', import.meta.url), 'utf8'));
  });
});
