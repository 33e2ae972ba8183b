import {posix} from 'node:path';
import type {FileFacts, SiteIndex} from './types.js';
import {sitePathOf} from './urls.js';

export type ResolvedLink =
  /** Another site, a `mailto:`, or anything we cannot check. */
  | {type: 'external'}
  /**
   * A published page (or this one, for `#fragment`); `fragment` is decoded.
   * `alias` is the old URL written, when the link reaches the page through
   * the redirect the build writes there.
   */
  | {type: 'page'; page: FileFacts; fragment?: string; alias?: string}
  /** A file the build copies (an image), or an output the build generates. */
  | {type: 'file'; path: string}
  /** A post or page that exists but is not published (a draft). */
  | {type: 'unpublished'; file: FileFacts}
  /** Nothing at all: `target` is what was looked for. */
  | {type: 'missing'; target: string; fragment?: string};

function splitFragment(url: string): [string, string | undefined] {
  const hash = url.indexOf('#');
  if (hash < 0) return [url, undefined];
  let fragment = url.slice(hash + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Leave a malformed escape as written: it then matches no anchor.
  }
  return [url.slice(0, hash), fragment];
}

function withFragment(page: FileFacts, fragment: string | undefined): Extract<ResolvedLink, {type: 'page'}> {
  return fragment === undefined || fragment === '' ? {type: 'page', page} : {type: 'page', page, fragment};
}

function byPath(index: SiteIndex, path: string, fragment: string | undefined): ResolvedLink {
  const file = index.files.get(path);
  if (file) {
    if (file.url === undefined) return {type: 'unpublished', file};
    return withFragment(file, fragment);
  }
  if (index.assets.has(path)) return {type: 'file', path};
  return fragment === undefined ? {type: 'missing', target: path} : {type: 'missing', target: path, fragment};
}

/**
 * What a URL written in `from` (content-relative) points at: the one
 * resolver behind both the link checks and the HTML's link rewriting.
 */
export function resolveLink(index: SiteIndex, from: string, url: string): ResolvedLink {
  const [target, fragment] = splitFragment(url.trim());
  if (target === '') {
    const self = index.files.get(from);
    if (!self) return {type: 'external'};
    return withFragment(self, fragment);
  }
  const sitePath = sitePathOf(index.site, target);
  if (sitePath !== undefined) {
    // `/2021/06/17/Rust-1.53.0` names the page `/2021/06/17/Rust-1.53.0/`: its last dot is no file extension.
    const page = index.pages.get(sitePath) ?? (sitePath.endsWith('/') ? undefined : index.pages.get(`${sitePath}/`));
    if (page) return withFragment(page, fragment);
    const redirected = index.aliases.get(sitePath);
    if (redirected) return {...withFragment(redirected, fragment), alias: sitePath};
    if (index.generated.has(sitePath)) return {type: 'file', path: sitePath};
    const asset = sitePath.replace(/^\/+/, '');
    if (index.assets.has(asset)) return {type: 'file', path: asset};
    // A published URL of a draft: say so rather than "missing".
    for (const file of index.files.values()) {
      if (file.draft && file.plannedUrl === sitePath) return {type: 'unpublished', file};
    }
    return fragment === undefined ? {type: 'missing', target: sitePath} : {type: 'missing', target: sitePath, fragment};
  }
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(target)) return {type: 'external'};
  let relative = target.replace(/[?].*$/, '');
  try {
    relative = decodeURI(relative);
  } catch {
    // As written.
  }
  const path = posix.normalize(posix.join(posix.dirname(from), relative));
  if (path.startsWith('../')) return {type: 'missing', target: relative};
  return byPath(index, path, fragment);
}
