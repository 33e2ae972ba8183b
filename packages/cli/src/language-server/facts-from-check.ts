import {checkSite, defaultCacheRoot} from '@folio/build';
import type {FileFacts} from '@folio/core';

/**
 * Every post's and page's facts as `npm run check` finds them, for a
 * content directory the server sees for the first time: through the check's
 * cache (`node_modules/.cache/folio`, or `FOLIO_CACHE_DIR`), a site that was
 * checked before costs a read and a hash per file, not a parse, and a cold
 * one is parsed on every core.
 */
export async function factsFromCheck(contentDir: string): Promise<Map<string, FileFacts>> {
  const configured = process.env['FOLIO_CACHE_DIR'];
  const cacheRoot = configured !== undefined && configured !== '' ? configured : (defaultCacheRoot(contentDir) ?? defaultCacheRoot(process.cwd()));
  const checked = await checkSite({contentDir, unrecorded: 'ignore', ...(cacheRoot === undefined ? {} : {cacheRoot})});
  return new Map(checked.sources.flatMap((source) => (source.facts ? [[source.file.path, source.facts] as const] : [])));
}
