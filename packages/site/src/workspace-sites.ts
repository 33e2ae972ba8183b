import {readFile, stat} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';
import {collectFacts, readPermalinks, readSiteConfig, type FileFacts, type Problem, type RecordedPermalinks, type SiteConfig} from '@folio/core';
import {listContent, parseMarkdownSafely} from '@folio/lint';
import {readSource} from './load-sources.js';
import {ContentWatcher, type Changes} from './session/content-watcher.js';

/** One post's or page's facts, read as the check reads it; undefined when it has no text or cannot be parsed. */
function loadSource(contentDir: string, path: string, site: SiteConfig): FileFacts | undefined {
  const {file} = readSource(contentDir, path);
  if (file.value === undefined) return undefined;
  const tree = parseMarkdownSafely(file, {headingIds: site.headingIds});
  return tree ? collectFacts(tree, path, site) : undefined;
}

interface Known {
  mtimeMs: number;
  size: number;
  facts?: FileFacts;
}

/** One content directory as an editor sees it: every file from disk, as last read. */
export interface WorkspaceSite {
  site?: SiteConfig;
  /** Problems in `site.yaml`. */
  problems: Problem[];
  /** Facts of every post and page that could be parsed, by content-relative path. */
  facts: Map<string, FileFacts>;
  /** The posts and pages, as the check lists them (parsed or not). */
  sources: Set<string>;
  assets: string[];
  /** `permalinks.json`, when there is a readable one. */
  recorded?: RecordedPermalinks;
  /** Problems in `permalinks.json`. */
  recordProblems: Problem[];
}

interface Stamped<T> {
  mtimeMs: number;
  value: T;
}

interface State {
  watcher: ContentWatcher;
  config?: Stamped<{site?: SiteConfig; problems: Problem[]}>;
  record?: Stamped<{recorded?: RecordedPermalinks; problems: Problem[]}>;
  files: Map<string, Known>;
  assets: Set<string>;
  /** The last answer, while nothing on disk has changed since. */
  last?: WorkspaceSite;
  /** A refresh under way: concurrent callers share it. */
  pending?: Promise<WorkspaceSite>;
  /** Where the first scan may take facts from; dropped once used. */
  seed?: WorkspaceSitesOptions['seed'];
}

export interface WorkspaceSitesOptions {
  /** Called with the content directory when something in it changed on disk. */
  onChange?: (contentDir: string) => void;
  /**
   * Whether the editor reports every file change under a content directory
   * through `noteChange` (LSP `workspace/didChangeWatchedFiles`): then it
   * gets no watcher of our own.
   */
  external?: (contentDir: string) => boolean;
  /**
   * Facts of a content directory's files when it is first seen, from
   * somewhere faster than parsing them all (the check's persistent cache);
   * files it has no facts for are parsed.
   */
  seed?: (contentDir: string, site: SiteConfig) => Promise<Map<string, FileFacts> | undefined>;
}

/**
 * The language server's view of its content directories, until it keeps a
 * session (`openSite`, `SiteSessions`) per folder instead.
 *
 * Keeps content directories' facts in memory for a long-running process
 * (an editor server, or stock remark tooling inside one): a watcher says
 * which files changed since the last refresh, and only those are read
 * again, so an edit in one file costs one parse. When it cannot tell (files
 * added or removed, no watcher), the folder is listed and every file's size
 * and modification time compared instead.
 */
export class WorkspaceSites {
  private readonly known = new Map<string, State>();
  private readonly options: WorkspaceSitesOptions;

  constructor(options: WorkspaceSitesOptions = {}) {
    this.options = options;
  }

  /** The content directory as it is on disk now. */
  async refresh(contentDir: string): Promise<WorkspaceSite> {
    let state = this.known.get(contentDir);
    if (!state) {
      const onChange = this.options.onChange;
      // Watch before the first scan, so nothing written during it is missed.
      const watcher = new ContentWatcher(contentDir, {onChange: onChange && (() => onChange(contentDir)), external: this.options.external?.(contentDir) ?? false});
      state = {watcher, files: new Map(), assets: new Set(), ...(this.options.seed ? {seed: this.options.seed} : {})};
      this.known.set(contentDir, state);
    }
    // One refresh at a time per folder; a caller arriving meanwhile waits for it, then looks again.
    while (state.pending) await state.pending.catch(() => undefined);
    const pending = refreshState(contentDir, state);
    state.pending = pending;
    try {
      return await pending;
    } finally {
      delete state.pending;
    }
  }

  /** A file changed on disk (as the editor reports it): `path` is absolute; `contentsOnly` when it was neither created nor deleted. */
  noteChange(path: string, contentsOnly: boolean): void {
    for (const [contentDir, state] of this.known) {
      const inside = relative(contentDir, path);
      if (inside.startsWith('..') || inside === path) continue;
      state.watcher.note(contentsOnly && inside !== '' ? inside.split(sep).join('/') : 'all');
    }
  }

  /** The content directories seen so far. */
  folders(): string[] {
    return [...this.known.keys()];
  }

  /** Stop watching. */
  close(): void {
    for (const state of this.known.values()) state.watcher.close();
    this.known.clear();
  }
}

async function refreshState(contentDir: string, state: State): Promise<WorkspaceSite> {
  const changes = await state.watcher.take();
  if (changes === 'all' || !state.last) return scan(contentDir, state);
  if (changes.size === 0) return state.last;
  return update(contentDir, state, changes);
}

/** Read `path` again if its size or modification time changed; `seeded` facts stand in for reading it. */
async function reload(contentDir: string, state: State, path: string, site: SiteConfig | undefined, seeded?: Map<string, Known>): Promise<void> {
  const info = await stat(join(contentDir, path));
  const before = state.files.get(path);
  if (before && before.mtimeMs === info.mtimeMs && before.size === info.size) return;
  const known: Known = {mtimeMs: info.mtimeMs, size: info.size};
  if (site) {
    const fromSeed = seeded?.get(path);
    // Only for a file that has not changed since before the seed was made.
    const unchanged = fromSeed && fromSeed.mtimeMs === info.mtimeMs && fromSeed.size === info.size;
    const facts = unchanged ? fromSeed.facts : loadSource(contentDir, path, site);
    if (facts) known.facts = facts;
  }
  state.files.set(path, known);
}

/** The seed's facts, once, with each file's size and time from before the seed read it. */
async function takeSeed(contentDir: string, state: State, site: SiteConfig | undefined, sources: Set<string>): Promise<Map<string, Known> | undefined> {
  const seed = state.seed;
  delete state.seed;
  if (!seed || !site) return undefined;
  try {
    const stamps = new Map(await Promise.all([...sources].map(async (path) => [path, await stat(join(contentDir, path))] as const)));
    const facts = await seed(contentDir, site);
    const seeded = new Map<string, Known>();
    for (const [path, info] of stamps) {
      const known = facts?.get(path);
      if (known) seeded.set(path, {mtimeMs: info.mtimeMs, size: info.size, facts: known});
    }
    return seeded;
  } catch {
    // A seed only saves time: without it every file is parsed.
    return undefined;
  }
}

function answer(state: State, assets: string[]): WorkspaceSite {
  const facts = new Map<string, FileFacts>();
  for (const path of [...state.files.keys()].sort()) {
    const known = state.files.get(path)?.facts;
    if (known) facts.set(path, known);
  }
  const site = state.config?.value.site;
  const recorded = state.record?.value.recorded;
  state.last = {
    problems: state.config?.value.problems ?? [],
    facts,
    sources: new Set(state.files.keys()),
    assets,
    recordProblems: state.record?.value.problems ?? [],
    ...(site ? {site} : {}),
    ...(recorded ? {recorded} : {})
  };
  return state.last;
}

async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** `site.yaml`, read again when its modification time changed. */
async function readConfig(contentDir: string, state: State): Promise<void> {
  const path = join(contentDir, 'site.yaml');
  const mtimeMs = (await mtimeOf(path)) ?? -1;
  if (state.config?.mtimeMs === mtimeMs) return;
  let text: string | undefined;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    text = undefined;
  }
  const read = text === undefined ? {problems: [{ruleId: 'site-config', reason: 'Unexpected missing `site.yaml`, expected the site’s settings (title, baseUrl, author) in the content directory'}]} : readSiteConfig(text);
  state.config = {mtimeMs, value: {problems: read.problems, ...(read.config ? {site: read.config} : {})}};
  // Every file's facts depend on the site's settings (time zone, footnote ids).
  state.files.clear();
}

/** `permalinks.json`, read again when its modification time changed; a site that never published has none. */
async function readRecord(contentDir: string, state: State): Promise<void> {
  const path = join(contentDir, 'permalinks.json');
  const mtimeMs = await mtimeOf(path);
  if (mtimeMs === undefined) {
    state.record = {mtimeMs: -1, value: {problems: []}};
    return;
  }
  if (state.record?.mtimeMs === mtimeMs) return;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    state.record = {mtimeMs: -1, value: {problems: []}};
    return;
  }
  const {recorded, problems} = readPermalinks(text);
  state.record = {mtimeMs, value: {problems, ...(recorded ? {recorded} : {})}};
}

/** List the folder and compare every file. */
async function scan(contentDir: string, state: State): Promise<WorkspaceSite> {
  // Until this scan completes, nothing earlier may be handed out again.
  delete state.last;
  await readConfig(contentDir, state);
  await readRecord(contentDir, state);
  const site = state.config?.value.site;
  const listing = await listContent(contentDir, [], site?.posts);
  const sources = new Set(listing.sources);
  for (const path of state.files.keys()) if (!sources.has(path)) state.files.delete(path);
  const seeded = await takeSeed(contentDir, state, site, sources);
  // A file removed between the listing and its read is simply gone.
  await Promise.all([...sources].map((path) => reload(contentDir, state, path, site, seeded).catch(() => state.files.delete(path))));
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
    await Promise.all(sources.map((path) => reload(contentDir, state, path, state.config?.value.site)));
  } catch {
    return scan(contentDir, state);
  }
  return answer(state, last.assets);
}
