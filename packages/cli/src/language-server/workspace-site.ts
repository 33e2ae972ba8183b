import {readdir, readFile, stat} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';
import {collectFacts, readSiteConfig, sourceKindOf, type FileFacts, type Problem, type SiteConfig} from '@folio/core';
import {parseMarkdownSafely} from '@folio/lint';
import {VFile} from 'vfile';

interface Known {
  mtimeMs: number;
  size: number;
  facts?: FileFacts;
}

/** One content directory as the editor sees it: every other file from disk. */
export interface WorkspaceSite {
  site?: SiteConfig;
  problems: Problem[];
  facts: Map<string, FileFacts>;
  assets: string[];
}

// Files the toolchain itself reads or writes; never assets.
const reserved = new Set(['site.yaml', 'permalinks.json']);

async function listFiles(root: string, dir: string, found: string[]): Promise<void> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(root, path, found);
    else if (entry.isFile()) found.push(relative(root, path).split(sep).join('/'));
  }
}

/**
 * Keeps a content directory's facts in memory for a long-running editor
 * server: each refresh lists the folder and re-reads only files whose size
 * or modification time changed, so an edit in one file costs one parse.
 */
export class WorkspaceSites {
  private readonly known = new Map<string, {config?: {mtimeMs: number; site?: SiteConfig; problems: Problem[]}; files: Map<string, Known>}>();

  async refresh(contentDir: string): Promise<WorkspaceSite> {
    const state = this.known.get(contentDir) ?? {files: new Map<string, Known>()};
    this.known.set(contentDir, state);

    const configStat = await stat(join(contentDir, 'site.yaml'));
    if (state.config?.mtimeMs !== configStat.mtimeMs) {
      const {config, problems} = readSiteConfig(await readFile(join(contentDir, 'site.yaml'), 'utf8'));
      state.config = {mtimeMs: configStat.mtimeMs, problems, ...(config ? {site: config} : {})};
      // Every file's facts depend on the site's settings (time zone, footnote ids).
      state.files.clear();
    }
    const site = state.config.site;
    const found: string[] = [];
    await listFiles(contentDir, contentDir, found);
    found.sort();
    const assets: string[] = [];
    const sources = new Set<string>();
    for (const path of found) {
      if (sourceKindOf(path) === 'other') {
        if (!reserved.has(path) && !path.toLowerCase().endsWith('.md')) assets.push(path);
      } else {
        sources.add(path);
      }
    }
    for (const path of state.files.keys()) if (!sources.has(path)) state.files.delete(path);
    await Promise.all(
      [...sources].map(async (path) => {
        const info = await stat(join(contentDir, path));
        const before = state.files.get(path);
        if (before && before.mtimeMs === info.mtimeMs && before.size === info.size) return;
        const known: Known = {mtimeMs: info.mtimeMs, size: info.size};
        if (site) {
          const file = new VFile({path, cwd: contentDir, value: await readFile(join(contentDir, path), 'utf8')});
          const tree = parseMarkdownSafely(file);
          if (tree) known.facts = collectFacts(tree, path, site);
        }
        state.files.set(path, known);
      })
    );
    const facts = new Map<string, FileFacts>();
    for (const path of [...state.files.keys()].sort()) {
      const known = state.files.get(path)?.facts;
      if (known) facts.set(path, known);
    }
    return {problems: state.config.problems, facts, assets, ...(site ? {site} : {})};
  }
}
