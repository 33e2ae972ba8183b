import type {Dirent} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {join, relative, resolve, sep} from 'node:path';
import {isMarkdownPath, sourceKindOf} from '@folio/core';

export interface ContentListing {
  /** Markdown (`.md`, `.markdown`) in the posts folder and `pages/`, content-relative, sorted. */
  sources: string[];
  /** Every other file the build copies (images…), content-relative, sorted. */
  assets: string[];
  /** Markdown outside `posts/` and `pages/` (or in folders below them): neither published nor copied. */
  ignored: string[];
  /** What is neither a file nor a folder (symbolic links, FIFOs…): never followed or read. */
  skipped: Array<{path: string; kind: SkippedKind}>;
}

export type SkippedKind = 'symbolic link' | 'FIFO' | 'socket' | 'device';

function skippedKind(entry: Dirent): SkippedKind {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  return 'device';
}

// Files the toolchain itself reads or writes, never published as assets.
const reserved = new Set(['site.yaml', 'permalinks.json']);
// The site's own layouts are templates the build fills, not files to copy.
const layoutsFolder = 'theme/layouts/';

function contentPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

async function walk(root: string, dir: string, found: string[], skipped: ContentListing['skipped'], skip: Set<string>): Promise<void> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (skip.has(resolve(path))) continue;
    if (entry.isDirectory()) await walk(root, path, found, skipped, skip);
    else if (entry.isFile()) found.push(contentPath(root, path));
    // Not followed: a link could lead out of the content, a FIFO would block a read forever.
    else skipped.push({path: contentPath(root, path), kind: skippedKind(entry)});
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
  const skipped: ContentListing['skipped'] = [];
  await walk(contentDir, contentDir, found, skipped, new Set(skip.map((path) => resolve(path))));
  found.sort();
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sources: string[] = [];
  const assets: string[] = [];
  const ignored: string[] = [];
  for (const path of found) {
    if (sourceKindOf(path, postsFolder) !== 'other') sources.push(path);
    else if (isMarkdownPath(path)) ignored.push(path);
    else if (!reserved.has(path) && !path.startsWith(layoutsFolder)) assets.push(path);
  }
  return {sources, assets, ignored, skipped};
}
