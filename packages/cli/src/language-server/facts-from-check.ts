import {cachedFacts, defaultCacheRoot} from '@folio/site';
import type {FileFacts} from '@folio/core';
import {listContent} from '@folio/lint';

/**
 * For `.remarkrc.mjs` (stock remark tooling), until it runs on a session:
 * every post's and page's facts as `npm run check` last found them, for a
 * content directory seen for the first time: from the check's cache
 * (`node_modules/.cache/folio`, or `FOLIO_CACHE_DIR`), for the files whose
 * bytes are unchanged since, without parsing them. The rest are parsed.
 */
export async function factsFromCheck(contentDir: string): Promise<Map<string, FileFacts>> {
  const configured = process.env['FOLIO_CACHE_DIR'];
  const cacheRoot = configured !== undefined && configured !== '' ? configured : (defaultCacheRoot(contentDir) ?? defaultCacheRoot(process.cwd()));
  if (cacheRoot === undefined) return new Map();
  return cachedFacts(cacheRoot, contentDir, (await listContent(contentDir)).sources);
}
