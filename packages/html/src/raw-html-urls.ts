import {htmlUrlAttributes, urlAttributeNames, type UrlAttributeName} from '@folio/core';
import {mapSrcSet} from './srcset.js';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Raw HTML with the URL of every `href`, `src` and `srcset` (or of the
 * attributes `names`) mapped, and nothing else touched: a changed value is
 * written back double-quoted, the rest of the text stays byte for byte as
 * written.
 */
export function rewriteHtmlUrls(html: string, map: (url: string) => string, names: readonly UrlAttributeName[] = urlAttributeNames): string {
  if (!html.includes('<')) return html;
  let result = '';
  let last = 0;
  for (const attribute of htmlUrlAttributes(html, names)) {
    const value = attribute.name === 'srcset' ? mapSrcSet(attribute.value, map) : map(attribute.value);
    if (value === attribute.value) continue;
    const quoted = attribute.quote !== '';
    result += html.slice(last, quoted ? attribute.start - 1 : attribute.start) + `"${escapeAttribute(value)}"`;
    last = quoted ? attribute.end + 1 : attribute.end;
  }
  return last === 0 ? html : result + html.slice(last);
}
