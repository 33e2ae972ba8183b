import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {FileFacts} from '@folio/core';
import {readSourceBytes} from '../load-sources.js';
import {hashText} from './hash-text.js';
import {SiteCache} from './site-cache.js';

/**
 * What the check's cache knows of `paths` (content-relative) without
 * parsing: each file's facts, for the files whose bytes still hash as
 * cached under the current `site.yaml` and toolchain. A long-running
 * process (the language server) starts from these and parses the rest.
 */
export async function cachedFacts(cacheRoot: string, contentDir: string, paths: string[]): Promise<Map<string, FileFacts>> {
  const found = new Map<string, FileFacts>();
  let config: string;
  try {
    config = await readFile(join(contentDir, 'site.yaml'), 'utf8');
  } catch {
    return found;
  }
  // The settings the check keys its cache by (no drafts: what a writer's check and the editor see).
  const cache = await SiteCache.open(cacheRoot, contentDir, hashText(`${config}\0false`));
  const {entries} = await cache.readChecks();
  for (const path of paths) {
    const entry = entries.get(path);
    if (!entry) continue;
    const {bytes} = readSourceBytes(contentDir, path);
    if (bytes && hashText(bytes) === entry.hash) found.set(path, entry.facts);
  }
  return found;
}
