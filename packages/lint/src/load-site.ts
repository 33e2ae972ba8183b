import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {collectFacts, readSiteConfig, type FileFacts, type Problem, type SiteConfig} from '@folio/core';
import {VFile} from 'vfile';
import {listContent} from './list-content.js';
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

/**
 * Read, parse and collect one post or page from disk; undefined when it
 * cannot be decoded or parsed. Decoded as the check decodes it: a byte
 * order mark is not text, and bytes that are not UTF-8 make the file take
 * no part in the site (the check reports them on the file).
 */
export async function loadSource(contentDir: string, path: string, site: SiteConfig): Promise<FileFacts | undefined> {
  let value: string;
  try {
    value = new TextDecoder('utf-8', {fatal: true}).decode(await readFile(join(contentDir, path)));
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
  const file = new VFile({path, cwd: contentDir, value});
  const tree = parseMarkdownSafely(file, {headingIds: site.headingIds});
  return tree ? collectFacts(tree, path, site) : undefined;
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
  const listing = await listContent(contentDir, [], config.posts);
  assets.push(...listing.assets);
  for (const path of listing.sources) {
    const loaded = await loadSource(contentDir, path, config);
    if (loaded) facts.set(path, loaded);
  }
  return {site: config, problems, facts, assets};
}
