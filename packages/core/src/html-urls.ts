import {Tokenizer, TokenizerMode, type Token, type TokenHandler} from 'parse5';
import {parseSrcSet} from './srcset.js';

/** The attributes whose values are URLs a reader follows or loads. */
export const urlAttributeNames = ['href', 'src', 'srcset'] as const;

/** Those, and the URLs a page's address resolves without a link to check (a feed makes them absolute). */
export const resolvedUrlAttributeNames = [...urlAttributeNames, 'poster', 'cite'] as const;

export type UrlAttributeName = (typeof resolvedUrlAttributeNames)[number];

/** One URL attribute of a start tag in raw HTML, where its value is written. */
export interface HtmlUrlAttribute {
  tagName: string;
  name: UrlAttributeName;
  /** The value with character references decoded, as a browser reads it. */
  value: string;
  /** Offsets of the value in the HTML text, without its quotes. */
  start: number;
  end: number;
  /** The quote around the value, or `''` when unquoted. */
  quote: '"' | "'" | '';
}

/** One URL in raw HTML (a `srcset` holds several), where it is written. */
export interface HtmlUrl {
  attribute: HtmlUrlAttribute;
  url: string;
  /** Offsets of the URL in the HTML text; the whole value when references make them unknowable. */
  start: number;
  end: number;
}

// Elements whose content the tree builder tokenizes as text, not tags.
const textModes: Readonly<Record<string, number>> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT
};

function isUrlAttribute(name: string, names: readonly UrlAttributeName[]): name is UrlAttributeName {
  return (names as readonly string[]).includes(name);
}

/** The value's range inside `name=value` as written, and its quote. */
function valueRange(html: string, from: number, to: number): {start: number; end: number; quote: HtmlUrlAttribute['quote']} | undefined {
  const equals = html.indexOf('=', from);
  if (equals < 0 || equals >= to) return undefined;
  let start = equals + 1;
  while (start < to && /\s/.test(html.charAt(start))) start++;
  const first = html.charAt(start);
  if (first === '"' || first === "'") return {start: start + 1, end: Math.max(start + 1, to - 1), quote: first};
  return {start, end: to, quote: ''};
}

/**
 * Every `href`, `src` and `srcset` (or the attributes `names`) on the start
 * tags of a piece of raw HTML, read by parse5's tokenizer (comments, scripts
 * and character references as a browser reads them), with the offsets of
 * each value.
 */
export function htmlUrlAttributes(html: string, names: readonly UrlAttributeName[] = urlAttributeNames): HtmlUrlAttribute[] {
  // Attribute names are never escaped: without one of them written, in any case, the tokenizer would find none.
  const lower = html.toLowerCase();
  if (!names.some((name) => lower.includes(name))) return [];
  const found: HtmlUrlAttribute[] = [];
  const ignore = (): void => undefined;
  let tokenizer: Tokenizer | undefined;
  const handler: TokenHandler = {
    onComment: ignore,
    onDoctype: ignore,
    onEndTag: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onStartTag(token: Token.TagToken) {
      const mode = textModes[token.tagName];
      if (mode !== undefined && tokenizer && !token.selfClosing) tokenizer.state = mode as typeof tokenizer.state;
      for (const attribute of token.attrs) {
        if (attribute.namespace !== undefined || !isUrlAttribute(attribute.name, names)) continue;
        const location = token.location?.attrs?.[attribute.name];
        const range = location ? valueRange(html, location.startOffset, location.endOffset) : undefined;
        if (!range) continue;
        found.push({tagName: token.tagName, name: attribute.name, value: attribute.value, ...range});
      }
    }
  };
  tokenizer = new Tokenizer({sourceCodeLocationInfo: true}, handler);
  tokenizer.write(html, true);
  return found;
}

/** The URLs of one attribute: its value, or each candidate of a `srcset`. */
export function urlsOfAttribute(attribute: HtmlUrlAttribute, html: string): HtmlUrl[] {
  // Offsets inside the value hold only when it is written as it reads.
  const literal = html.slice(attribute.start, attribute.end) === attribute.value;
  if (attribute.name !== 'srcset') {
    return attribute.value.trim() === '' ? [] : [{attribute, url: attribute.value.trim(), start: attribute.start, end: attribute.end}];
  }
  return parseSrcSet(attribute.value).map(({url, start}) =>
    literal
      ? {attribute, url, start: attribute.start + start, end: attribute.start + start + url.length}
      : {attribute, url, start: attribute.start, end: attribute.end}
  );
}

/** Every URL that raw HTML links or loads, in the order written. */
export function htmlUrls(html: string): HtmlUrl[] {
  return htmlUrlAttributes(html).flatMap((attribute) => urlsOfAttribute(attribute, html));
}
