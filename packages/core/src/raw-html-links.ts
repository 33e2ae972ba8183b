import type {Html} from 'mdast';
import type {Point, Position} from 'unist';
import {htmlUrls, type UrlAttributeName} from './html-urls.js';
import {createPositionMapper} from './source-position.js';
import type {LinkKind} from './types.js';

/** A URL that raw HTML in Markdown links (`href`) or loads (`src`, `srcset`). */
export interface RawHtmlLink {
  url: string;
  kind: Extract<LinkKind, 'link' | 'image'>;
  tagName: string;
  attribute: UrlAttributeName;
  /** Where the URL is written in the Markdown source. */
  position?: Position;
  /** True when the source has the URL exactly as it reads (no character references), so a fix can replace it. */
  literal: boolean;
}

type Place = (from: number, to: number) => Position;

/**
 * Offsets in an `html` node's value mapped to the Markdown source. With the
 * source, and when the value is the source's text (not inside a block quote
 * or a list, whose markers the value leaves out), the mapping is exact;
 * otherwise later lines are taken to be indented like the first.
 */
function placeIn(node: Html, source: string | undefined): Place | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const begin = start.offset;
  const end = node.position?.end.offset;
  if (source !== undefined && begin !== undefined && end !== undefined && source.slice(begin, end) === node.value) {
    return createPositionMapper(node.value, start);
  }
  const map = createPositionMapper(node.value, {line: start.line, column: start.column});
  const shift = (point: Point): Point => (point.line === start.line ? point : {line: point.line, column: point.column + start.column - 1});
  return (from, to) => {
    const position = map(from, to);
    return {start: shift(position.start), end: shift(position.end)};
  };
}

/**
 * Every URL in the start tags of one raw HTML node, in the order written,
 * with its place in the Markdown source (`source`, the file's text, makes
 * places exact where the node's value is not the source's text).
 */
export function rawHtmlLinks(node: Html, source?: string): RawHtmlLink[] {
  if (!node.value.includes('<')) return [];
  const place = placeIn(node, source);
  return htmlUrls(node.value).map(({url, start, end, attribute}) => {
    const link: RawHtmlLink = {
      url,
      kind: attribute.name === 'href' ? 'link' : 'image',
      tagName: attribute.tagName,
      attribute: attribute.name,
      literal: node.value.slice(start, end) === url
    };
    if (place) link.position = place(start, end);
    return link;
  });
}
