import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

/**
 * Where the toolchain keeps its cache: `node_modules/.cache/folio` of the
 * nearest folder (from `from` up) that has `node_modules`, as other tools
 * keep theirs; undefined when there is none.
 */
export function defaultCacheRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'folio');
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
