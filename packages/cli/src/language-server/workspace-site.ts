import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {readSiteConfig, type FileFacts, type Problem, type SiteConfig} from '@folio/core';
import {listContent, loadSource} from '@folio/lint';

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
    const listing = await listContent(contentDir);
    const {assets} = listing;
    const sources = new Set(listing.sources);
    for (const path of state.files.keys()) if (!sources.has(path)) state.files.delete(path);
    await Promise.all(
      [...sources].map(async (path) => {
        const info = await stat(join(contentDir, path));
        const before = state.files.get(path);
        if (before && before.mtimeMs === info.mtimeMs && before.size === info.size) return;
        const known: Known = {mtimeMs: info.mtimeMs, size: info.size};
        if (site) {
          const facts = await loadSource(contentDir, path, site);
          if (facts) known.facts = facts;
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
