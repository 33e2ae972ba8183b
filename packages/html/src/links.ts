import {resolveLink, siteHref, type SiteIndex} from '@folio/core';
import type {Html, Image, ImageReference, Link, LinkReference} from 'mdast';
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast';
import {normalizeUri} from 'micromark-util-sanitize-uri';
import {encodeFragment} from './fragment.js';
import {rewriteHtmlUrls} from './raw-html-urls.js';

/** A path relative to the file: not `#…`, `?…`, `/…`, `//…` nor `scheme:…`. */
function isRelativePath(url: string): boolean {
  return url !== '' && !/^[#?/]|^[a-z][a-z\d+.-]*:/i.test(url);
}

/** A path relative to the site's root: `/2013/…`, not `//host/…`. */
function isRootRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The `?query#fragment` part of a URL, as written. */
function suffixOf(url: string): string {
  const start = url.search(/[?#]/);
  return start < 0 ? '' : url.slice(start);
}

/** The `?query` part of a URL, as written, without its fragment. */
function queryOf(url: string): string {
  return suffixOf(url).replace(/#.*$/, '');
}

/**
 * Where a URL written in the file at `from` goes in the HTML, as a browser
 * reads it, with the site's base path in front: a relative `.md` path or a
 * site path (`/2013/…`, or `/repo/2013/…` under the base path `/repo`)
 * becomes its page's URL (with the fragment re-encoded), also when it names
 * an alias the page moved from; a content file becomes its site path.
 * Everything else — same-page fragments, other sites, absolute URLs, missing
 * or unpublished targets (a check reports those) — stays as written.
 */
export function rewriteUrl(index: SiteIndex, from: string, url: string): string {
  const written = url.trim();
  if (!isRelativePath(written) && !isRootRelative(written)) return url;
  const target = resolveLink(index, from, written);
  if (target.type === 'page' && target.page.url !== undefined) {
    const query = isRootRelative(written) ? queryOf(written) : '';
    return siteHref(index.site, target.page.url) + query + (target.fragment === undefined ? '' : `#${encodeFragment(target.fragment)}`);
  }
  if (target.type === 'file') return siteHref(index.site, target.path) + suffixOf(written);
  return url;
}

/** `to` with the position and data of the reference it stands for. */
function withOrigin<T extends Link | Image>(from: LinkReference | ImageReference, to: T): T {
  if (from.position) to.position = from.position;
  if (from.data) to.data = from.data;
  return to;
}

/**
 * Handlers for links and images (and references to their definitions), and
 * for raw HTML's `href`/`src`/`srcset`, that rewrite URLs; the default
 * handlers still build the elements.
 */
export function linkHandlers(index: SiteIndex, from: string): Handlers {
  const rewrite = (url: string): string => rewriteUrl(index, from, url);
  return {
    html(state: State, node: Html) {
      // Markdown's URLs are normalized when the HTML is built; these are written raw, so normalize the ones we change.
      const map = (url: string): string => {
        const rewritten = rewrite(url);
        return rewritten === url ? url : normalizeUri(rewritten);
      };
      return defaultHandlers.html(state, {...node, value: rewriteHtmlUrls(node.value, map)});
    },
    link(state: State, node: Link) {
      return defaultHandlers.link(state, {...node, url: rewrite(node.url)});
    },
    image(state: State, node: Image) {
      return defaultHandlers.image(state, {...node, url: rewrite(node.url)});
    },
    linkReference(state: State, node: LinkReference) {
      const definition = state.definitionById.get(node.identifier.toUpperCase());
      if (!definition) return defaultHandlers.linkReference(state, node);
      const link: Link = {type: 'link', url: rewrite(definition.url), title: definition.title ?? null, children: node.children};
      return defaultHandlers.link(state, withOrigin(node, link));
    },
    imageReference(state: State, node: ImageReference) {
      const definition = state.definitionById.get(node.identifier.toUpperCase());
      if (!definition) return defaultHandlers.imageReference(state, node);
      const image: Image = {type: 'image', url: rewrite(definition.url), title: definition.title ?? null, alt: node.alt ?? null};
      return defaultHandlers.image(state, withOrigin(node, image));
    }
  };
}
