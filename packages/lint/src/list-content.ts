import {readdir} from 'node:fs/promises';
import {join, relative, resolve, sep} from 'node:path';
import {isMarkdownPath, sourceKindOf} from '@folio/core';

export interface ContentListing {
  /** Markdown (`.md`, `.markdown`) in the posts folder and `pages/`, content-relative, sorted. */
  sources: string[];
  /** Every other file the build copies (images…), content-relative, sorted. */
  assets: string[];
}

// Files the toolchain itself reads or writes, never published as assets.
const reserved = new Set(['site.yaml', 'permalinks.json']);

async function walk(root: string, dir: string, found: string[], skip: Set<string>): Promise<void> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (skip.has(resolve(path))) continue;
    if (entry.isDirectory()) await walk(root, path, found, skip);
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
  }
}

/**
 * What a content directory holds, in a stable order: the one listing the
 * build, stock remark tooling and the editor share. `skip` names folders to
 * leave out, such as an output directory inside the content; `postsFolder`
 * is `posts` in `site.yaml`.
 */
export async function listContent(contentDir: string, skip: string[] = [], postsFolder = 'posts'): Promise<ContentListing> {
  const found: string[] = [];
  await walk(contentDir, contentDir, found, new Set(skip.map((path) => resolve(path))));
  found.sort();
  const sources: string[] = [];
  const assets: string[] = [];
  for (const path of found) {
    if (sourceKindOf(path, postsFolder) !== 'other') sources.push(path);
    else if (!reserved.has(path) && !isMarkdownPath(path)) assets.push(path);
  }
  return {sources, assets};
}
