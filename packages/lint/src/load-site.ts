import {readdir, readFile} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';
import {collectFacts, readSiteConfig, sourceKindOf, type FileFacts, type Problem, type SiteConfig} from '@folio/core';
import {VFile} from 'vfile';
import {parseMarkdownSafely} from './parse-safely.js';

/** A content directory after the first phase, as stock remark tooling needs it. */
export interface LoadedSite {
  site?: SiteConfig;
  /** Problems in `site.yaml`. */
  problems: Problem[];
  /** Facts of every post and page, by content-relative path. */
  facts: Map<string, FileFacts>;
  /** Every other file (images…), content-relative. */
  assets: string[];
}

// Files the toolchain itself reads or writes; never published as assets.
const reserved = new Set(['site.yaml', 'permalinks.json']);

async function walk(root: string, dir: string, found: string[]): Promise<void> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, path, found);
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
  }
}

/** URL paths the build writes besides pages, so links to them resolve. */
export function generatedPaths(site: SiteConfig): string[] {
  return ['/', '/404.html', `/${site.feed.path}`, '/style.css', '/permalinks.json'];
}

/**
 * Read `site.yaml`, then parse every post and page and collect its facts: the
 * first phase, the way the build runs it (same listing, parser and collector).
 */
export async function loadSite(contentDir: string): Promise<LoadedSite> {
  const {config, problems} = readSiteConfig(await readFile(join(contentDir, 'site.yaml'), 'utf8'));
  const facts = new Map<string, FileFacts>();
  const assets: string[] = [];
  if (!config) return {problems, facts, assets};
  const found: string[] = [];
  await walk(contentDir, contentDir, found);
  for (const path of found.sort()) {
    if (sourceKindOf(path) === 'other') {
      if (!reserved.has(path) && !path.toLowerCase().endsWith('.md')) assets.push(path);
      continue;
    }
    const file = new VFile({path, cwd: contentDir, value: await readFile(join(contentDir, path), 'utf8')});
    const tree = parseMarkdownSafely(file);
    if (tree) facts.set(path, collectFacts(tree, path, config));
  }
  return {site: config, problems, facts, assets};
}
