import {readFile, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {readSiteConfig, type FileFacts, type Problem, type SiteConfig} from '@folio/core';
import {listContent, loadSource} from '@folio/lint';
import {ContentWatcher, type Changes} from './content-watcher.js';

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

interface State {
  watcher: ContentWatcher;
  config?: {mtimeMs: number; site?: SiteConfig; problems: Problem[]};
  files: Map<string, Known>;
  assets: Set<string>;
  /** The last answer, while nothing on disk has changed since. */
  last?: WorkspaceSite;
}

/**
 * Keeps a content directory's facts in memory for a long-running editor
 * server: a watcher says which files changed since the last refresh, and
 * only those are read again, so an edit in one file costs one parse. When
 * it cannot tell (files added or removed, no watcher), the folder is listed
 * and every file's size and modification time compared instead.
 */
export class WorkspaceSites {
  private readonly known = new Map<string, State>();

  async refresh(contentDir: string): Promise<WorkspaceSite> {
    let state = this.known.get(contentDir);
    if (!state) {
      // Watch before the first scan, so nothing written during it is missed.
      state = {watcher: new ContentWatcher(contentDir), files: new Map(), assets: new Set()};
      this.known.set(contentDir, state);
    }
    const changes = await state.watcher.take();
    if (changes === 'all' || !state.last) return scan(contentDir, state);
    if (changes.size === 0) return state.last;
    return update(contentDir, state, changes);
  }
}

/** Read `path` again if its size or modification time changed. */
async function reload(contentDir: string, state: State, path: string, site: SiteConfig | undefined): Promise<void> {
  const info = await stat(join(contentDir, path));
  const before = state.files.get(path);
  if (before && before.mtimeMs === info.mtimeMs && before.size === info.size) return;
  const known: Known = {mtimeMs: info.mtimeMs, size: info.size};
  if (site) {
    const facts = await loadSource(contentDir, path, site);
    if (facts) known.facts = facts;
  }
  state.files.set(path, known);
}

function answer(state: State, assets: string[]): WorkspaceSite {
  const facts = new Map<string, FileFacts>();
  for (const path of [...state.files.keys()].sort()) {
    const known = state.files.get(path)?.facts;
    if (known) facts.set(path, known);
  }
  const site = state.config?.site;
  state.last = {problems: state.config?.problems ?? [], facts, assets, ...(site ? {site} : {})};
  return state.last;
}

/** List the folder and compare every file. */
async function scan(contentDir: string, state: State): Promise<WorkspaceSite> {
  // Until this scan completes, nothing earlier may be handed out again.
  delete state.last;
  const configStat = await stat(join(contentDir, 'site.yaml'));
  if (state.config?.mtimeMs !== configStat.mtimeMs) {
    const {config, problems} = readSiteConfig(await readFile(join(contentDir, 'site.yaml'), 'utf8'));
    state.config = {mtimeMs: configStat.mtimeMs, problems, ...(config ? {site: config} : {})};
    // Every file's facts depend on the site's settings (time zone, footnote ids).
    state.files.clear();
  }
  const site = state.config.site;
  const listing = await listContent(contentDir);
  const sources = new Set(listing.sources);
  for (const path of state.files.keys()) if (!sources.has(path)) state.files.delete(path);
  await Promise.all([...sources].map((path) => reload(contentDir, state, path, site)));
  state.assets = new Set(listing.assets);
  return answer(state, listing.assets);
}

/** Read only the files that changed; anything else (site.yaml, a new file) needs a scan. */
async function update(contentDir: string, state: State, changes: Exclude<Changes, 'all'>): Promise<WorkspaceSite> {
  const last = state.last;
  if (!last) return scan(contentDir, state);
  // An asset's contents do not matter, only that it exists.
  const sources = [...changes].filter((path) => !state.assets.has(path));
  if (sources.some((path) => !state.files.has(path))) return scan(contentDir, state);
  delete state.last;
  try {
    await Promise.all(sources.map((path) => reload(contentDir, state, path, state.config?.site)));
  } catch {
    return scan(contentDir, state);
  }
  return answer(state, last.assets);
}
