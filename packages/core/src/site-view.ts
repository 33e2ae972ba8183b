import {lostPermalinksOf} from './lost-permalinks.js';
import {resolveLink} from './resolve-link.js';
import type {FileFacts, SiteIndex} from './types.js';

/**
 * Everything in the site a missing link could be pointed at instead: the
 * catalog a did-you-mean searches. One string per site, shared by every
 * file's view.
 */
export function siteCatalogOf(index: SiteIndex): string {
  return JSON.stringify([[...index.files.keys()], [...index.pages.keys()], [...index.generated].sort(), [...index.assets].sort()]);
}

/**
 * What one file's checks and rendered HTML read of the rest of the site,
 * as a string: where each of its links lands (and the anchors there), who
 * owns its URL, the feed id recorded for it, what it published before
 * and no longer produces (`stable-permalinks`). Two runs that give a file the
 * same text and the same view give it the same messages and the same HTML,
 * so a cache may reuse them; anything else redoes the file.
 */
export function siteViewOf(index: SiteIndex, facts: FileFacts, catalog: string): string {
  const parts: string[] = [];
  if (facts.url !== undefined) {
    parts.push(`owner ${index.pages.get(facts.url)?.path ?? ''}`);
    // Every page's header links the nav, which lists the pages that exist.
    parts.push(`nav ${JSON.stringify(index.nav.map(({title, url}) => [title, url]))}`);
    for (const alias of facts.post?.aliases ?? []) parts.push(`alias ${alias} ${index.pages.get(alias)?.path ?? index.aliases.get(alias)?.path ?? ''}`);
  }
  for (const url of facts.url === undefined ? [] : [facts.url, ...(facts.post?.aliases ?? [])]) {
    const feedId = index.recorded?.manifest.urls[url]?.feedId;
    if (feedId !== undefined) parts.push(`feed ${url} ${feedId}`);
  }
  // Every lost URL, even of a post whose front matter is in error: the key must hold whatever the rule may report.
  const lost = lostPermalinksOf(index, facts, {ignoreUnpublishable: false});
  if (lost.length > 0) parts.push(`lost ${JSON.stringify(lost)}`);
  let missing = false;
  const seen = new Set<string>();
  for (const link of facts.links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    const target = resolveLink(index, facts.path, link.url);
    switch (target.type) {
      case 'external':
        break;
      case 'page':
        parts.push(`page ${link.url} ${target.page.path} ${target.page.url ?? ''} ${target.alias ?? ''} ${target.fragment === undefined ? '' : target.page.anchors.map((anchor) => anchor.id).join(' ')}`);
        break;
      case 'file':
        parts.push(`file ${link.url} ${target.path}`);
        break;
      case 'unpublished':
        parts.push(`unpublished ${link.url} ${target.file.path}`);
        break;
      case 'missing':
        parts.push(`missing ${link.url}`);
        missing = true;
        break;
    }
  }
  // A suggestion for a missing target can be anything in the site.
  if (missing) parts.push(catalog);
  return parts.join('\n');
}

/**
 * What of one file other files' views can see: its path, URL, draft state,
 * anchors, a post's aliases (links may go through them) and a page's title
 * (the nav shows it). When no file's key changed, no view changed either.
 */
export function viewKeyOf(facts: FileFacts): string {
  const title = facts.kind === 'page' ? (facts.title ?? null) : null;
  return JSON.stringify([facts.path, facts.url ?? null, facts.plannedUrl ?? null, facts.draft, facts.anchors.map((anchor) => anchor.id), facts.post?.aliases ?? [], title]);
}
