import type {Nodes} from 'hast';
import {fromHtml} from 'hast-util-from-html';

// The URL-valued properties a feed reader resolves, as `absolutizeUrls` makes them absolute.
const urlProperties = ['href', 'src', 'poster', 'cite'] as const;
const absolute = /^[A-Za-z][A-Za-z\d+.-]*:/;
const base = 'https://feed.invalid/entry/';

/** A relative reference a reader would resolve against the entry: not absolute, and resolvable at all. */
function isRelative(url: string): boolean {
  if (absolute.test(url)) return false;
  try {
    new URL(url, base);
    return true;
  } catch {
    // Nothing can make it absolute; a reader gets it as broken as the page has it.
    return false;
  }
}

function candidates(value: unknown, name: string): string[] {
  const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  // `srcset` is a comma-separated list of `url descriptor`.
  if (name !== 'srcSet') return values.map((url) => url.trim());
  return values.flatMap((list) => list.split(',')).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}

function collect(node: Nodes, found: string[]): void {
  if (node.type === 'element') {
    for (const name of [...urlProperties, 'srcSet']) {
      for (const url of candidates(node.properties[name], name)) if (isRelative(url)) found.push(url);
    }
    if (node.content) collect(node.content, found);
  }
  if ('children' in node) for (const child of node.children) collect(child, found);
}

// Anything that might be one of those attributes, anywhere in the text: a
// superset of what the parser finds, so when none is relative there is
// nothing to parse (a parse costs ~15 ms for an essay; the scan, microseconds).
const maybeUrlAttribute = /(?:href|src|srcset|poster|cite)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

function mayHaveRelative(html: string): boolean {
  for (const match of html.matchAll(maybeUrlAttribute)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    // Entities and lists are left to the parser.
    if (!absolute.test(value.trim()) || value.includes('&') || value.includes(',')) return true;
  }
  return false;
}

/**
 * URLs in `href`/`src`/`srcset`/`poster`/`cite` of `html` that are not
 * absolute. The HTML is parsed as a browser would, so only attribute values
 * count, never text that looks like an attribute (` src=` inside an
 * `onclick` script or a `title`).
 */
export function relativeUrls(html: string): string[] {
  const found: string[] = [];
  if (mayHaveRelative(html)) collect(fromHtml(html, {fragment: true}), found);
  return found;
}
