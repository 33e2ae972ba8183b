import type {Instant, SiteConfig} from '@folio/core';
import {unexpected} from './unexpected.js';

// RFC 4151 `DNSname`.
const dnsName = /^[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*$/;
// RFC 3986 `pchar` and `/`, except `%`, which must start an escape.
const plain = /^[A-Za-z\d\-._~!$&'()*+,;=:@/]$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function taggingHost(site: SiteConfig): string {
  let host = '';
  try {
    host = new URL(site.baseUrl).hostname;
  } catch {
    // Reported below.
  }
  if (!dnsName.test(host)) unexpected(site.baseUrl, 'site.baseUrl', 'an absolute URL whose host is a domain name');
  return host;
}

// Escape what a tag's `specific` part may not hold; keep existing escapes, upper-cased.
function escapePath(path: string): string {
  let result = '';
  for (let index = 0; index < path.length; ) {
    const escape = /^%[\dA-Fa-f]{2}/.exec(path.slice(index))?.[0];
    const char = escape ?? String.fromCodePoint(path.codePointAt(index) ?? 0);
    index += char.length;
    if (escape) result += escape.toUpperCase();
    else if (plain.test(char)) result += char;
    else if (/^[\uD800-\uDFFF]$/.test(char)) unexpected(path, 'urlPath', 'a path without lone surrogates');
    else result += encodeURIComponent(char);
  }
  return result;
}

/**
 * RFC 4151 tag URI of a post: `tag:<host>,<YYYY-MM-DD>:<path>`, e.g.
 * `tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/notes-on-distributed-systems-for-young-bloods/`.
 *
 * `published` is the first publication (its day in the site's time zone, as
 * in the post URL); `urlPath` is the site path (`FileFacts.url`). The path in
 * the id is the path of the post's absolute URL, so a `baseUrl` path prefix is
 * included. Compute it once and freeze it: the id must never change.
 */
export function entryIdFor(site: SiteConfig, published: Instant, urlPath: string): string {
  const host = taggingHost(site);
  const {year, month, day} = published;
  if (!Number.isInteger(year) || year < 0 || year > 9999) unexpected(year, 'published.year', 'a four-digit year');
  if (!Number.isInteger(month) || month < 1 || month > 12) unexpected(month, 'published.month', 'a month from 1 to 12');
  if (!Number.isInteger(day) || day < 1 || day > 31) unexpected(day, 'published.day', 'a day from 1 to 31');
  if (!/^\/[^?#]*$/.test(urlPath)) unexpected(urlPath, 'urlPath', 'a site path starting with `/`, without query or fragment');
  const basePath = new URL(site.baseUrl).pathname.replace(/\/$/, '');
  return `tag:${host},${pad(year, 4)}-${pad(month)}-${pad(day)}:${escapePath(basePath + urlPath)}`;
}
