import type {PermalinkEntry, PermalinkManifest} from '@folio/core';
import type {PublishedPage} from './render-site.js';

/** The manifest of what one build published. */
export function toManifest(published: PublishedPage[]): PermalinkManifest {
  const urls: Record<string, PermalinkEntry> = {};
  for (const page of published) {
    urls[page.url] = {
      anchors: page.anchors,
      ...(page.feedId === undefined ? {} : {feedId: page.feedId}),
      ...(page.source === undefined ? {} : {source: page.source})
    };
  }
  return {version: 1, urls};
}
