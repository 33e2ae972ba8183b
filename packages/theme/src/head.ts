import {absoluteUrl, siteHref, type Instant, type SiteConfig} from '@folio/core';
import type {Element} from 'hast';
import {h} from 'hastscript';
import {openGraphLocale, shareImageUrl} from './share-tags.js';
import {faviconUrl, feedUrl, styleSheetUrl, touchIconUrl} from './site-paths.js';

export interface HeadOptions {
  site: SiteConfig;
  /** The whole `<title>`, site name included. */
  title: string;
  /** The title to share (`og:title`), without the site name. */
  shareTitle: string;
  /** Absolute URL of the page (or of where it moved); none for a page served from any path (404). */
  canonical?: string | undefined;
  /** Absolute URL of the picture to share; the site's `image:` when not given. */
  image?: string | undefined;
  description?: string | undefined;
  type: 'article' | 'website';
  published?: Instant | undefined;
  updated?: Instant | undefined;
  /** The site's own stylesheets (site paths), linked after the theme's so they win. */
  styles?: readonly string[] | undefined;
  /** More elements a layout needs (`robots`, `refresh`). */
  extra?: Element[] | undefined;
}

function meta(property: string, content: string): Element {
  return h('meta', {property, content});
}

/** The elements of `<head>` every page has, in a fixed order. */
export function headElements(options: HeadOptions): Element[] {
  const {site, description, published, updated} = options;
  const elements: Element[] = [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('title', options.title)
  ];
  if (description) elements.push(h('meta', {name: 'description', content: description}));
  elements.push(
    ...(options.extra ?? []),
    h('meta', {name: 'color-scheme', content: 'light dark'}),
    ...(options.canonical === undefined ? [] : [h('link', {rel: 'canonical', href: options.canonical})]),
    h('link', {rel: 'alternate', type: 'application/atom+xml', title: site.title, href: absoluteUrl(site, feedUrl(site))}),
    h('link', {rel: 'stylesheet', href: siteHref(site, styleSheetUrl)}),
    ...(options.styles ?? []).map((path) => h('link', {rel: 'stylesheet', href: siteHref(site, path)})),
    h('link', {rel: 'icon', type: 'image/svg+xml', href: siteHref(site, faviconUrl)}),
    h('link', {rel: 'apple-touch-icon', href: siteHref(site, touchIconUrl)}),
    meta('og:title', options.shareTitle),
    meta('og:type', options.type),
    ...(options.canonical === undefined ? [] : [meta('og:url', options.canonical)]),
    meta('og:site_name', site.title)
  );
  const locale = openGraphLocale(site.language);
  if (locale) elements.push(meta('og:locale', locale));
  const image = options.image ?? (site.image === undefined ? undefined : shareImageUrl(site, site.image));
  if (image) elements.push(meta('og:image', image));
  if (description) elements.push(meta('og:description', description));
  if (published) elements.push(meta('article:published_time', published.rfc3339));
  if (updated) elements.push(meta('article:modified_time', updated.rfc3339));
  // A large card when there is a picture to show; the title and description otherwise.
  elements.push(h('meta', {name: 'twitter:card', content: image ? 'summary_large_image' : 'summary'}));
  return elements;
}
