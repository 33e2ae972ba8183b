import {execFile} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {DOMParser, type Element} from '@xmldom/xmldom';
import type {Element as HastElement} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {visit} from 'unist-util-visit';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, repoRoot, type BuiltSite} from './helpers/built-site.js';

// What RFC 4287 requires of the feed, checked on a build of the frozen essays.

const atomNs = 'http://www.w3.org/2005/Atom';
const baseUrl = 'https://www.somethingsimilar.com';
const feedUrl = `${baseUrl}/atom.xml`;
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

// Newest first, as the seed lists them.
const essays = [
  'A couple of phone calls to Congresspeople',
  'Code to Read When Learning Go',
  'A Story About a Photograph',
  'Notes on Distributed Systems for Young Bloods',
  'Monorail (n., jargon)'
];
const knownLinks: Record<string, string> = {
  'A couple of phone calls to Congresspeople': `${baseUrl}/2017/01/24/a-couple-of-phone-calls-to-congresspeople/`,
  'Code to Read When Learning Go': `${baseUrl}/2013/12/27/code-to-read-when-learning-go/`,
  'Notes on Distributed Systems for Young Bloods': `${baseUrl}/2013/01/14/notes-on-distributed-systems-for-young-bloods/`
};
const notesId = 'tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/notes-on-distributed-systems-for-young-bloods/';

// XML 1.0 `Char` excludes these; a reader must reject the document.
const forbiddenChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
// Allowed by XML but control characters all the same (DEL, C1): none belong in prose.
const discouragedChar = /[\u007F-\u009F]/;
const charReference = /&#(?:x([0-9a-f]+)|(\d+));/gi;

interface ParsedFeed {
  raw: string;
  feed: Element;
  entries: Element[];
  problems: string[];
}

function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    const element = node as Element;
    if (node.nodeType === 1 && element.namespaceURI === atomNs && element.localName === name) found.push(element);
  }
  return found;
}

function only(parent: Element, name: string): Element {
  const found = children(parent, name);
  if (found.length !== 1) throw new Error(`Expected exactly one \`${name}\` in \`${parent.localName}\`, found ${found.length}`);
  return found[0]!;
}

function text(parent: Element, name: string): string {
  return only(parent, name).textContent ?? '';
}

function links(parent: Element, rel: string): Element[] {
  // RFC 4287 §4.2.7.2: a link without rel is an alternate link.
  return children(parent, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === rel);
}

function entryLabel(entry: Element): string {
  return children(entry, 'title')[0]?.textContent ?? '(untitled entry)';
}

function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

/** Why `value` is not an RFC 3339 date-time with an explicit offset, or undefined when it is. */
function dateProblem(value: string): string | undefined {
  const match = rfc3339.exec(value);
  if (!match) return 'does not match RFC 3339 with an explicit offset';
  const [, year, month, day, hour, minute, second, , , offsetHour, offsetMinute] = match.map(Number);
  const utc = new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second));
  const fieldsExist =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month! - 1 && utc.getUTCDate() === day && hour! < 24 && minute! < 60 && second! < 60;
  if (!fieldsExist) return 'names a date or time that does not exist';
  if (match[8] !== 'Z' && (offsetHour! > 23 || offsetMinute! > 59)) return 'has an impossible offset';
  if (Number.isNaN(Date.parse(value))) return 'does not parse';
  return undefined;
}

function parseFeed(raw: string): ParsedFeed {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    }
  }).parseFromString(raw, 'application/xml');
  const feed = document.documentElement;
  if (!feed) throw new Error(`atom.xml has no root element: ${problems.join('; ')}`);
  return {raw, feed, entries: children(feed, 'entry'), problems};
}

/** Every URL-valued attribute in an HTML fragment, as `tag attribute=value`. */
function contentUrls(html: string): Array<{where: string; url: string}> {
  const urls: Array<{where: string; url: string}> = [];
  const single = ['href', 'src', 'cite', 'poster', 'action', 'formAction', 'longDesc', 'data', 'background', 'xLinkHref'];
  visit(fromHtml(html, {fragment: true}), 'element', (element: HastElement) => {
    for (const name of single) {
      const value = element.properties[name];
      if (typeof value === 'string') urls.push({where: `<${element.tagName} ${name}>`, url: value});
    }
    const srcSet = element.properties['srcSet'];
    const candidates = Array.isArray(srcSet) ? srcSet.map(String) : typeof srcSet === 'string' ? srcSet.split(',') : [];
    for (const candidate of candidates) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push({where: `<${element.tagName} srcset>`, url});
    }
  });
  return urls;
}

function badCharacters(value: string, where: string): string[] {
  const found: string[] = [];
  for (const [index, char] of Array.from(value).entries()) {
    const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    if (forbiddenChar.test(char)) found.push(`${where}: forbidden U+${code} at character ${index}`);
    else if (discouragedChar.test(char)) found.push(`${where}: control character U+${code} at character ${index}`);
  }
  for (const match of value.matchAll(charReference)) {
    const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFF';
    if (forbiddenChar.test(char) || discouragedChar.test(char)) found.push(`${where}: reference \`${match[0]}\` to a control or forbidden character`);
  }
  return found;
}

describe('the built atom.xml', () => {
  let site: BuiltSite | undefined;
  let parsed: ParsedFeed | undefined;

  beforeAll(async () => {
    site = await buildFixtureSite();
    parsed = parseFeed(await readFile(join(site.dir, 'atom.xml'), 'utf8'));
  });

  afterAll(async () => {
    await site?.remove();
  });

  function built(): BuiltSite {
    if (!site) throw new Error('site not built');
    return site;
  }

  function feed(): ParsedFeed {
    if (!parsed) throw new Error('feed not built');
    return parsed;
  }

  it('should parse as XML with no errors or warnings', () => {
    expect(feed().problems).toEqual([]);
  });

  it('should be UTF-8 and contain no forbidden or control characters, raw or as references', async () => {
    const bytes = await readFile(join(built().dir, 'atom.xml'));
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).not.toThrow();
    const found = badCharacters(feed().raw, 'atom.xml');
    // Inside content the HTML is text: a doubly escaped reference would reach the reader's HTML parser.
    for (const entry of feed().entries) {
      for (const name of ['title', 'summary', 'content']) {
        for (const element of children(entry, name)) found.push(...badCharacters(element.textContent ?? '', `${entryLabel(entry)} ${name}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('should have a root `feed` in the Atom namespace', () => {
    const {feed: root} = feed();
    expect(root.localName).toBe('feed');
    expect(root.namespaceURI).toBe(atomNs);
  });

  it('should give the feed exactly one absolute `id`, one `title` and one `updated`', () => {
    const {feed: root} = feed();
    expect(isAbsoluteIri(text(root, 'id')), `feed id \`${text(root, 'id')}\``).toBe(true);
    expect(text(root, 'title').trim()).toBe('Something Similar');
    expect(children(root, 'updated')).toHaveLength(1);
    for (const name of ['subtitle', 'rights', 'icon', 'logo', 'generator']) expect(children(root, name).length).toBeLessThanOrEqual(1);
  });

  it('should give the feed an author with a name, or every entry one', () => {
    const {feed: root, entries} = feed();
    const authors = children(root, 'author');
    for (const author of authors) expect(text(author, 'name').trim()).not.toBe('');
    expect(text(authors[0] ?? root, 'name')).toBe('Jeff Hodges');
    for (const entry of entries) {
      const own = children(entry, 'author');
      if (authors.length === 0) expect(own.length, `${entryLabel(entry)} needs an author`).toBeGreaterThan(0);
      for (const author of own) expect(text(author, 'name').trim()).not.toBe('');
    }
  });

  it('should link to itself at its absolute URL and to the site', () => {
    const {feed: root} = feed();
    const self = links(root, 'self');
    expect(self).toHaveLength(1);
    expect(self[0]!.getAttribute('href')).toBe(feedUrl);
    const alternate = links(root, 'alternate');
    expect(alternate).toHaveLength(1);
    expect(alternate[0]!.getAttribute('href')).toBe(`${baseUrl}/`);
    for (const link of children(root, 'link')) expect(isAbsoluteIri(link.getAttribute('href') ?? '')).toBe(true);
  });

  it('should write every date as RFC 3339 with an explicit offset', () => {
    const {feed: root} = feed();
    const dates = [...Array.from(root.getElementsByTagNameNS(atomNs, 'updated')), ...Array.from(root.getElementsByTagNameNS(atomNs, 'published'))];
    expect(dates.length).toBe(1 + 2 * feed().entries.length);
    const problems = dates.flatMap((element) => {
      const value = element.textContent ?? '';
      const problem = dateProblem(value);
      return problem ? [`${element.localName} \`${value}\` ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('should set the feed’s `updated` to the newest entry’s `updated`, never the build time', () => {
    const {feed: root, entries} = feed();
    const entryDates = entries.map((entry) => text(entry, 'updated'));
    const newest = entryDates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    expect(Date.parse(text(root, 'updated'))).toBe(Date.parse(newest));
    expect(text(root, 'updated')).toBe(newest);
  });

  it('should give every entry exactly one `id`, `title`, `updated`, `published`, alternate link and html `content`', () => {
    const problems: string[] = [];
    for (const entry of feed().entries) {
      const label = entryLabel(entry);
      for (const name of ['id', 'title', 'updated', 'published', 'content']) {
        const count = children(entry, name).length;
        if (count !== 1) problems.push(`${label}: ${count} \`${name}\``);
      }
      const alternate = links(entry, 'alternate');
      if (alternate.length !== 1) problems.push(`${label}: ${alternate.length} alternate links`);
      for (const link of children(entry, 'link')) {
        const href = link.getAttribute('href') ?? '';
        if (!/^https?:\/\//.test(href) || !URL.canParse(href)) problems.push(`${label}: link \`${href}\` is not absolute`);
      }
      const content = children(entry, 'content')[0];
      if (content?.getAttribute('type') !== 'html') problems.push(`${label}: content type \`${content?.getAttribute('type')}\``);
      if ((content?.textContent ?? '').trim() === '') problems.push(`${label}: empty content`);
      const title = children(entry, 'title')[0];
      if (!['text', 'html', 'xhtml', null].includes(title?.getAttribute('type') ?? null)) problems.push(`${label}: title type`);
      if (children(entry, 'published').length === 1 && children(entry, 'updated').length === 1) {
        if (Date.parse(text(entry, 'updated')) < Date.parse(text(entry, 'published'))) problems.push(`${label}: updated before published`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('should give every entry a unique `tag:` id from the site host, its first publication date and its path', () => {
    const {entries} = feed();
    const ids = entries.map((entry) => text(entry, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      const id = text(entry, 'id');
      expect(isAbsoluteIri(id), id).toBe(true);
      const href = links(entry, 'alternate')[0]?.getAttribute('href') ?? '';
      const path = URL.canParse(href) ? new URL(href).pathname : href;
      const [, year, month, day] = /^\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(path) ?? [];
      expect(id).toBe(`tag:www.somethingsimilar.com,${year}-${month}-${day}:${path}`);
    }
  });

  it('should keep the published id of the Notes entry', () => {
    const notes = feed().entries.find((entry) => entryLabel(entry) === 'Notes on Distributed Systems for Young Bloods');
    expect(notes && text(notes, 'id')).toBe(notesId);
    expect(notes && Date.parse(text(notes, 'published'))).toBe(Date.parse('2013-01-14T08:15:00-08:00'));
    expect(notes && text(notes, 'updated')).toMatch(/^2016-08-15T/);
  });

  it('should list all five essays newest first, each linking to a built page', () => {
    const {entries} = feed();
    expect(entries.map((entry) => text(entry, 'title'))).toEqual(essays);
    const published = entries.map((entry) => Date.parse(text(entry, 'published')));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const entry of entries) {
      const href = links(entry, 'alternate')[0]?.getAttribute('href') ?? '';
      const known = knownLinks[entryLabel(entry)];
      if (known) expect(href).toBe(known);
      expect(href).toMatch(/^https:\/\/www\.somethingsimilar\.com\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
      expect(built().files).toContain(`${new URL(href).pathname.slice(1)}index.html`);
    }
  });

  it('should use only absolute http(s) or mailto URLs in entry content', () => {
    const relative: string[] = [];
    let count = 0;
    for (const entry of feed().entries) {
      for (const {where, url} of contentUrls(children(entry, 'content')[0]?.textContent ?? '')) {
        count += 1;
        const absolute = /^https?:\/\/[^/]/i.test(url) ? URL.canParse(url) : /^mailto:/i.test(url);
        if (!absolute) relative.push(`${entryLabel(entry)}: ${where} \`${url}\``);
      }
    }
    expect(count, 'the essays link out; no URLs found means the check is not looking').toBeGreaterThan(20);
    expect(relative).toEqual([]);
  });

  it('should pass the pull-request workflow’s RFC 4287 check, which refuses a feed without ids', async () => {
    const validate = (feed: string) =>
      new Promise<{code: number; stderr: string}>((done) => {
        execFile(process.execPath, ['.github/scripts/validate-feed.mjs', '.github/schemas/atom.rng', feed], {cwd: repoRoot}, (error, _stdout, stderr) => {
          done({code: error ? Number(error.code ?? 1) : 0, stderr});
        });
      });
    const feed = join(built().dir, 'atom.xml');
    expect(await validate(feed)).toEqual({code: 0, stderr: ''});
    const broken = join(built().dir, 'broken.xml');
    await writeFile(broken, (await readFile(feed, 'utf8')).replaceAll(/<id>([^<]*)<\/id>/g, '<ident>$1</ident>'));
    const refused = await validate(broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/broken\.xml:\d+:\d+: /);
  });

  it('should build byte-identical atom.xml and every other file a second time', async () => {
    const first = built();
    const second = await buildFixtureSite();
    try {
      expect(second.files).toEqual(first.files);
      const differing: string[] = [];
      for (const file of first.files) {
        const [a, b] = await Promise.all([readFile(join(first.dir, file)), readFile(join(second.dir, file))]);
        if (!a.equals(b)) differing.push(file);
      }
      expect(differing).toEqual([]);
    } finally {
      await second.remove();
    }
  });
});
