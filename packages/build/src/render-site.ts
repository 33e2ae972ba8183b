import {absoluteUrl, outputPathOf, type FileFacts, type SiteConfig, type SiteIndex} from '@folio/core';
import {toAtom, type FeedEntry} from '@folio/feed';
import {feedIdOf} from './feed-ids.js';
import {absolutizeUrls, toContentTree} from '@folio/html';
import {layoutIndex, layoutNotFound, layoutPage, layoutPost, layoutRedirect, themeFiles, type PostSummary} from '@folio/theme';
import type {Root as HastRoot} from 'hast';
import {toHtml} from 'hast-util-to-html';
import type {Root} from 'mdast';
import {toXml} from 'xast-util-to-xml';
import type {CheckedSource} from './check-site.js';

/** One file of the site, before it is written. */
export interface OutputFile {
  /** Output-relative path, `/`-separated. */
  path: string;
  contents: string | Uint8Array;
  /** What made it, for the duplicate-path error. */
  origin: string;
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

function serialize(tree: HastRoot): string {
  return toHtml(tree, {allowDangerousHtml: true}) + '\n';
}

function byNewest(a: FileFacts, b: FileFacts): number {
  const difference = (b.post?.date.epochMs ?? 0) - (a.post?.date.epochMs ?? 0);
  return difference !== 0 ? difference : a.path < b.path ? -1 : 1;
}

/** Render every published page, the index, 404, aliases and the feed. */
export function renderSite(site: SiteConfig, index: SiteIndex, sources: CheckedSource[]): RenderedSite {
  const outputs: OutputFile[] = [];
  const published: PublishedPage[] = [];
  const entries: FeedEntry[] = [];
  const posts: FileFacts[] = [];

  for (const {tree, facts} of sources) {
    if (!tree || !facts || facts.url === undefined || facts.title === undefined) continue;
    const content = toContentTree(tree as Root, {index, path: facts.path});
    const origin = facts.path;
    const anchors = facts.anchors.map((anchor) => anchor.id).filter((id) => id !== '');
    if (facts.post) {
      const post = facts.post;
      posts.push(facts);
      const page = layoutPost({
        site,
        url: facts.url,
        title: post.title,
        content,
        published: post.date,
        ...(post.updated ? {updated: post.updated} : {}),
        ...(post.description === undefined ? {} : {description: post.description})
      });
      outputs.push({path: outputPathOf(facts.url), contents: serialize(page), origin});
      const feedId = feedIdOf(index, facts);
      published.push({url: facts.url, anchors, feedId, source: origin});
      entries.push({
        id: feedId,
        title: post.title,
        url: absoluteUrl(site, facts.url),
        published: post.date.rfc3339,
        updated: (post.updated ?? post.date).rfc3339,
        contentHtml: toHtml(absolutizeUrls(content, site.baseUrl, facts.url), {allowDangerousHtml: true}),
        ...(post.description === undefined ? {} : {summary: post.description})
      });
      for (const alias of post.aliases) {
        const redirect = layoutRedirect({site, from: alias, to: facts.url, title: post.title});
        outputs.push({path: outputPathOf(alias), contents: serialize(redirect), origin: `${origin} (alias ${alias})`});
        published.push({url: alias, anchors: [], source: origin});
      }
    } else if (facts.page) {
      const page = layoutPage({
        site,
        url: facts.url,
        title: facts.page.title,
        content,
        ...(facts.page.description === undefined ? {} : {description: facts.page.description})
      });
      outputs.push({path: outputPathOf(facts.url), contents: serialize(page), origin});
      published.push({url: facts.url, anchors, source: origin});
    }
  }

  posts.sort(byNewest);
  const summaries: PostSummary[] = posts.flatMap((facts) =>
    facts.post && facts.url !== undefined
      ? [{url: facts.url, title: facts.post.title, published: facts.post.date, ...(facts.post.description === undefined ? {} : {description: facts.post.description})}]
      : []
  );
  outputs.push({path: 'index.html', contents: serialize(layoutIndex({site, posts: summaries})), origin: 'the index page'});
  published.push({url: '/', anchors: []});
  outputs.push({path: '404.html', contents: serialize(layoutNotFound({site})), origin: 'the 404 page'});
  outputs.push({path: site.feed.path, contents: toXml(toAtom(site, entries)) + '\n', origin: 'the feed'});
  published.push({url: `/${site.feed.path}`, anchors: []});
  for (const file of themeFiles()) outputs.push({path: file.path, contents: file.contents, origin: 'the theme'});
  return {outputs, published};
}
