import {absoluteUrl, outputPathOf, type FileFacts, type SiteConfig, type SiteIndex} from '@folio/core';
import {atomParts, prepareEntry, robotsTxt, sitemapXml, type PreparedEntry} from '@folio/feed';
import {feedIdOf} from './feed-ids.js';
import {sitemapEntries} from './sitemap-entries.js';
import {absolutizeUrls, toContentTree, withoutPermalinks, type CodeHighlighter} from '@folio/html';
import {layoutIndex, layoutNotFound, layoutPage, layoutPost, layoutRedirect, themeFiles, type PostSummary} from '@folio/theme';
import type {Root as HastRoot} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Root} from 'mdast';
import {hashText} from './cache/hash-text.js';

/** What an output file holds: bytes, or bytes in pieces (the feed: each entry's as it was prepared, never joined in memory). */
export type OutputBytes = Uint8Array | readonly Uint8Array[];

/**
 * What makes an output file: a source's own page (its URL comes from its
 * `slug`/`date` or file name), a redirect for one of its aliases, a copied
 * file, or the site itself (the index, the feed…). A clash is reported at
 * the front matter value that causes it, found from this and not from text.
 */
export type OutputOrigin =
  | {kind: 'page'; source: string}
  | {kind: 'alias'; source: string; alias: string}
  | {kind: 'asset'; path: string}
  | {kind: 'site'; what: string};

/** An origin in words, for a message. */
export function describeOrigin(origin: OutputOrigin): string {
  switch (origin.kind) {
    case 'page':
      return `\`${origin.source}\``;
    case 'alias':
      return `alias \`${origin.alias}\` of \`${origin.source}\``;
    case 'asset':
      return `the copied file \`${origin.path}\``;
    case 'site':
      return origin.what;
  }
}

/** One file of the site, before it is written. */
export interface OutputFile {
  /** Output-relative path, `/`-separated. */
  path: string;
  contents: OutputBytes;
  /** What made it, for the duplicate-path error. */
  origin: OutputOrigin;
  /** Hash of `contents`, when known: an unchanged page need not be written again. */
  digest?: string;
}

/** What the site published, for the permalink manifest. */
export interface PublishedPage {
  url: string;
  anchors: string[];
  feedId?: string;
  /** The content file that published it. */
  source?: string;
}

export interface RenderedSite {
  outputs: OutputFile[];
  published: PublishedPage[];
}

const utf8 = new TextEncoder();

function serialize(tree: HastRoot): string {
  return toHtml(tree, {allowDangerousHtml: true}) + '\n';
}

/** A whole-site page's bytes. */
function page(tree: HastRoot): Uint8Array {
  return utf8.encode(serialize(tree));
}

/**
 * A page of one source, as UTF-8 bytes with their digest: what the cache
 * keeps and a worker hands over without copying (each has its own buffer).
 */
function sourcePage(path: string, contents: string, origin: OutputOrigin): OutputFile {
  const bytes = utf8.encode(contents);
  return {path, contents: bytes, origin, digest: hashText(bytes)};
}

function byNewest(a: FileFacts, b: FileFacts): number {
  const difference = (b.post?.date.epochMs ?? 0) - (a.post?.date.epochMs ?? 0);
  return difference !== 0 ? difference : a.path < b.path ? -1 : 1;
}

/** Where a site's own stylesheet sits in its content directory (and so in its output). */
export const siteStyleSheet = 'theme/style.css';

/** The site's own stylesheets, linked after the theme's: `theme/style.css` when the content has one. */
function siteStyles(index: SiteIndex): string[] {
  return index.assets.has(siteStyleSheet) ? [`/${siteStyleSheet}`] : [];
}

/** What one published file renders to: its pages, what it publishes, its feed entry. */
export interface RenderedSource {
  outputs: OutputFile[];
  published: PublishedPage[];
  entry?: PreparedEntry;
}

/** Render one published post or page (and a post's alias pages): the per-file work. */
export function renderSource(site: SiteConfig, index: SiteIndex, tree: Root, facts: FileFacts, highlighter?: CodeHighlighter): RenderedSource {
  const rendered: RenderedSource = {outputs: [], published: []};
  if (facts.url === undefined || facts.title === undefined) return rendered;
  const content = toContentTree(tree, {index, path: facts.path, highlighter});
  const origin: OutputOrigin = {kind: 'page', source: facts.path};
  const styles = siteStyles(index);
  const anchors = facts.anchors.map((anchor) => anchor.id).filter((id) => id !== '');
  if (facts.post) {
    const post = facts.post;
    const page = layoutPost({
      site,
      url: facts.url,
      title: post.title,
      content,
      published: post.date,
      nav: index.nav,
      image: post.image,
      styles,
      ...(post.updated ? {updated: post.updated} : {}),
      ...(post.description === undefined ? {} : {description: post.description})
    });
    rendered.outputs.push(sourcePage(outputPathOf(facts.url), serialize(page), origin));
    const feedId = feedIdOf(index, facts);
    rendered.published.push({url: facts.url, anchors, feedId, source: facts.path});
    const entry = prepareEntry({
      id: feedId,
      title: post.title,
      url: absoluteUrl(site, facts.url),
      published: post.date.rfc3339,
      updated: (post.updated ?? post.date).rfc3339,
      contentHtml: toHtml(absolutizeUrls(withoutPermalinks(content), site.baseUrl, facts.url), {allowDangerousHtml: true}),
      ...(post.description === undefined ? {} : {summary: post.description})
    });
    rendered.entry = {...entry, xml: utf8.encode(entry.xml)};
    for (const alias of post.aliases) {
      const redirect = layoutRedirect({site, from: alias, to: facts.url, title: post.title, nav: index.nav, styles});
      rendered.outputs.push(sourcePage(outputPathOf(alias), serialize(redirect), {kind: 'alias', source: facts.path, alias}));
      rendered.published.push({url: alias, anchors: [], source: facts.path});
    }
  } else if (facts.page) {
    const page = layoutPage({
      site,
      url: facts.url,
      title: facts.page.title,
      content,
      nav: index.nav,
      styles,
      ...(facts.page.description === undefined ? {} : {description: facts.page.description})
    });
    rendered.outputs.push(sourcePage(outputPathOf(facts.url), serialize(page), origin));
    rendered.published.push({url: facts.url, anchors, source: facts.path});
  }
  return rendered;
}

/** The feed, in pieces: the text around the entries and each entry's prepared bytes. */
function feedBytes(site: SiteConfig, entries: PreparedEntry[]): Uint8Array[] {
  const parts = atomParts(site, entries).map((part) => (typeof part === 'string' ? utf8.encode(part) : typeof part.xml === 'string' ? utf8.encode(part.xml) : part.xml));
  return [...parts, utf8.encode('\n')];
}

/** The pages of the whole site: the index, 404, the feed, the sitemap, robots.txt and the theme's files, around every file's own. */
export function assembleSite(site: SiteConfig, index: SiteIndex, sources: RenderedSource[]): RenderedSite {
  const outputs = sources.flatMap((source) => source.outputs);
  const published = sources.flatMap((source) => source.published);
  const entries = sources.flatMap((source) => (source.entry ? [source.entry] : []));
  const styles = siteStyles(index);
  const posts = [...index.pages.values()].filter((facts) => facts.post !== undefined).sort(byNewest);
  const summariesOf = (section: string | undefined): PostSummary[] =>
    posts.flatMap((facts) =>
      facts.post && facts.url !== undefined && facts.section === section
        ? [{url: facts.url, title: facts.post.title, published: facts.post.date, ...(facts.post.description === undefined ? {} : {description: facts.post.description})}]
        : []
    );
  const {nav} = index;
  // The home page lists the posts outside sections; each section's index page its own.
  outputs.push({path: 'index.html', contents: page(layoutIndex({site, posts: summariesOf(undefined), nav, styles})), origin: {kind: 'site', what: 'the index page'}});
  published.push({url: '/', anchors: []});
  for (const section of site.sections ?? []) {
    const sectionPage = layoutIndex({site, posts: summariesOf(section.folder), nav, styles, section: {title: section.title, url: section.url}});
    outputs.push({path: outputPathOf(section.url), contents: page(sectionPage), origin: {kind: 'site', what: `the index page of section \`${section.folder}\``}});
    published.push({url: section.url, anchors: []});
  }
  outputs.push({path: '404.html', contents: page(layoutNotFound({site, nav, styles})), origin: {kind: 'site', what: 'the 404 page'}});
  outputs.push({path: site.feed.path, contents: feedBytes(site, entries), origin: {kind: 'site', what: 'the feed'}});
  published.push({url: `/${site.feed.path}`, anchors: []});
  outputs.push({path: 'sitemap.xml', contents: utf8.encode(sitemapXml(sitemapEntries(index, ['/', ...(site.sections ?? []).map((section) => section.url)]))), origin: {kind: 'site', what: 'the sitemap'}});
  // A site that writes its own robots.txt keeps it.
  if (!index.assets.has('robots.txt')) outputs.push({path: 'robots.txt', contents: utf8.encode(robotsTxt(absoluteUrl(site, '/sitemap.xml'))), origin: {kind: 'site', what: 'the sitemap'}});
  for (const file of themeFiles()) outputs.push({path: file.path, contents: typeof file.contents === 'string' ? utf8.encode(file.contents) : file.contents, origin: {kind: 'site', what: 'the theme'}});
  return {outputs, published};
}
