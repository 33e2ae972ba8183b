import type {FileFacts, SiteIndex} from '@folio/core';

/**
 * Every URL the current content publishes: pages and the aliases of posts.
 * (What it no longer publishes is the `stable-permalinks` rule's to report,
 * in `@folio/lint`.)
 */
export function producedUrls(index: SiteIndex): Map<string, FileFacts> {
  const produced = new Map<string, FileFacts>(index.pages);
  for (const facts of index.pages.values()) {
    for (const alias of facts.post?.aliases ?? []) if (!produced.has(alias)) produced.set(alias, facts);
  }
  return produced;
}
