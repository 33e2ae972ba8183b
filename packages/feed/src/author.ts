import type {SiteConfig} from '@folio/core';
import type {Element} from 'xast';
import {x} from 'xastscript';
import {block} from './layout.js';
import {homeUrl} from './site-urls.js';

// `atom:uri` is an IRI; a site-relative `uri` such as `/about/` is meant on this site.
function authorUri(site: SiteConfig, uri: string): string {
  return /^[A-Za-z][A-Za-z\d+.-]*:/.test(uri) ? uri : new URL(uri, homeUrl(site)).href;
}

/** The feed's `author`: the site's author, which every entry inherits. */
export function atomAuthor(site: SiteConfig, depth: number): Element {
  const {name, uri, email} = site.author;
  return block(
    'author',
    {},
    [x('name', name), uri === undefined ? undefined : x('uri', authorUri(site, uri)), email === undefined ? undefined : x('email', email)],
    depth
  );
}
