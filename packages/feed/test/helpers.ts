// Shared by the test files: a site, entries, and a strict serialize + parse.
import type {SiteConfig} from '@folio/core';
import {DOMParser, type Document, type Element} from '@xmldom/xmldom';
import type {Root} from 'xast';
import {toXml} from 'xast-util-to-xml';
import {toAtom, type FeedEntry} from '../src/index.js';

export const atomNamespace = 'http://www.w3.org/2005/Atom';
export const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const absoluteIri = /^[A-Za-z][A-Za-z\d+.-]*:\S+$/;
// What XML 1.0 `Char` excludes, and the control characters it discourages.
export const forbiddenChar =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `text` without what `forbiddenChar` matches: what a feed may carry of it. */
export function withoutForbiddenChars(text: string): string {
  return text.replace(new RegExp(forbiddenChar.source, 'g'), '');
}

export function site(overrides: Partial<SiteConfig> = {}): SiteConfig {
  return {
    title: 'Something Similar',
    description: 'Essays by Jeff Hodges',
    baseUrl: 'https://www.somethingsimilar.com',
    language: 'en',
    timeZone: 'America/Los_Angeles',
    author: {name: 'Jeff Hodges', uri: 'https://www.somethingsimilar.com/about/'},
    footnotes: {definition: 'fn:{label}', reference: 'fnref:{label}'},
    feed: {path: 'atom.xml', entries: 0},
    headingIds: 'github',
    posts: 'posts',
    rules: {},
    ...overrides
  };
}

/** An entry for the post at `/YYYY/MM/DD/<slug>/`, published at 08:15 Pacific time that day. */
export function entry(slug: string, day: string, overrides: Partial<FeedEntry> = {}): FeedEntry {
  const path = `/${day.replaceAll('-', '/')}/${slug}/`;
  const url = `https://www.somethingsimilar.com${path}`;
  return {
    id: `tag:www.somethingsimilar.com,${day}:${path}`,
    title: `Post ${slug}`,
    url,
    published: `${day}T08:15:00-08:00`,
    updated: `${day}T08:15:00-08:00`,
    contentHtml: `<p>Body of <a href="${url}#intro">${slug}</a>.</p>`,
    ...overrides
  };
}

/**
 * Serialize as the build does, then parse, failing on any parser error or
 * warning. xmldom lets some well-formedness errors through, so check those
 * here: characters XML 1.0 forbids, and `]]>` outside a CDATA section.
 */
export function serializeAndParse(tree: Root): {xml: string; document: Document} {
  const xml = toXml(tree);
  if (forbiddenChar.test(xml)) throw new Error('Unexpected forbidden or control character in the feed');
  if (xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ').includes(']]>')) throw new Error('Unexpected `]]>` in character data');
  const parser = new DOMParser({
    onError(level, message) {
      throw new Error(`Unexpected XML ${level}: ${message}`);
    }
  });
  return {xml, document: parser.parseFromString(xml, 'text/xml')};
}

/** Atom children of `parent` named `name`. */
export function atomChildren(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.namespaceURI === atomNamespace && element.localName === name) found.push(element);
    }
  }
  return found;
}

/** The one Atom child of `parent` named `name`; fails when there are none or more. */
export function atomChild(parent: Element, name: string): Element {
  const [first, ...rest] = atomChildren(parent, name);
  if (!first || rest.length > 0) throw new Error(`Expected exactly one \`${name}\` in \`${parent.localName}\``);
  return first;
}

export function textOf(element: Element): string {
  return element.textContent ?? '';
}

export function feedOf(document: Document): Element {
  const feed = document.documentElement;
  if (!feed) throw new Error('Expected a document element');
  return feed;
}

/** The feed `toAtom` makes of `entries`, serialized. */
export function feedXml(config: SiteConfig, entries: FeedEntry[]): string {
  return toXml(toAtom(config, entries));
}

/** The message `toAtom` throws for an entry with `contentHtml`, or `undefined` when it takes it. */
export function contentProblem(contentHtml: string): string | undefined {
  try {
    toAtom(site(), [entry('a', '2013-01-14', {contentHtml})]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
