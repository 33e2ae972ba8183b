import {createLinter, parseMarkdownSafely, type Linter} from '@folio/lint';
import {loadThemeOverrides} from '@folio/theme';
import {VFile} from 'vfile';
import {buildFromCheck, siteOutputs, type BuildResult, type SiteOutputs} from '../build-site.js';
import {checkSession, readConfig, readRecorded, type CheckedSite} from '../check-site.js';
import {readPublishedRecord, publishedSourceOf, type PublishedOptions, type PublishedRecord} from '../published-record.js';
import {restoreMessages, serializeMessages} from '../parallel/serialized-message.js';
import {SiteMemo} from './site-memo.js';
import {SiteSources} from './site-sources.js';
import {checkFirst, noteFactless, type FirstCheck, type FirstCheckState} from './first-check.js';
import {StepClock, type StepTimings} from './step-timings.js';
import type {ParseSource} from '../source-work.js';
import type {RecordedPermalinks, SiteConfig} from '@folio/core';

export interface SiteOptions {
  /** The content directory: `site.yaml`, `posts/`, `pages/`. */
  contentDir: string;
  /** Publish (and so check links to) drafts. Default: false. */
  drafts?: boolean;
  /**
   * Read the deployed site's record too (`check` and `build`), once per
   * session; what it lists and the content no longer produces is an error.
   * Default: only the committed `permalinks.json` counts (the editor, the
   * preview). What is new is never an error.
   */
  published?: PublishedOptions;
  /**
   * A folder for the persistent cache (see `defaultCacheRoot`): a session
   * opened later starts from what this one computed. Default: none, the
   * memo lives in memory only.
   */
  cacheRoot?: string;
  /** Read the persistent cache but never save to it (an editor: a keystroke must not cost a save). Default: false. */
  readOnlyCache?: boolean;
  /**
   * How an editor buffer's text is parsed, instead of `parseMarkdownSafely`:
   * the language server re-parses only the blocks a keystroke touched. It
   * must give the tree, and the messages, `parseMarkdownSafely` gives.
   * Default: `parseMarkdownSafely`.
   */
  parseBuffer?: ParseSource;
  /** Worker threads for the per-file work. Default: the cores, when 64 files or more need parsing. */
  workers?: number;
  /** Folders inside the content directory that are not content (a build's output). Default: none. */
  skip?: string[];
}

/**
 * One content directory, open: the listing, every source's text and hash,
 * the facts, the site index and the messages, and a memo of what was
 * computed (keyed by content hash, by each file's view of the site and by
 * the toolchain). The CLI, the preview, the language server, stock remark
 * tooling and the tests are adapters over it. One caller at a time: calls
 * are queued in the order they are made.
 */
export interface SiteSession {
  readonly contentDir: string;
  /**
   * Read again what changed on disk: `changed` paths (absolute or
   * content-relative) when the caller knows them (a watcher), else list the
   * folder and read every file whose size or modification time differs
   * (unchanged bytes, by hash, keep their results).
   */
  refresh(changed?: string[]): Promise<void>;
  /**
   * An unsaved editor buffer (`path` absolute or content-relative): the
   * file's text for its own checks and for every other file's cross-file
   * checks, until it is set to undefined. A path the listing has no post
   * or page at is left out until one exists on disk (and a refresh sees it).
   */
  setBuffer(path: string, text: string | undefined): void;
  /** One post's or page's messages, exactly as `check` gives them; a file that is no source gets none. */
  lint(path: string): Promise<VFile>;
  /**
   * An editor's answer for one file first: its messages and the site's own
   * files' (see `FirstCheck`), at the cost of that file alone when nothing
   * else changed since the last answer, and without a whole check when the
   * memo (the last check's, or the persistent cache's) vouches for every
   * other file.
   */
  checkFirst(path: string): Promise<FirstCheck>;
  /** Every file's messages: what `folio check` reports. */
  check(): Promise<CheckedSite>;
  /** Every output file in memory (what the preview serves); undefined when a check reports an error (see `check`). */
  outputs(): Promise<SiteOutputs | undefined>;
  /**
   * Check, render and write the site to `outDir`; nothing is written when a
   * check reports an error. Throws an UnsafeOutputError for an output
   * folder that would destroy something, and a WriteError when the system
   * refuses a write; either way the previous output and record stay.
   */
  build(outDir: string): Promise<BuildResult>;
  /** Milliseconds per step of the last `check`, `outputs` or `build` (`FOLIO_TIMINGS=1` prints them). */
  readonly timings: StepTimings;
  close(): Promise<void>;
}

/** What the session read of the site's own files (`site.yaml`, `permalinks.json`), kept to copy into each run's files. */
interface Settings {
  configFile: VFile;
  site?: SiteConfig;
  manifestFile: VFile;
  recorded?: RecordedPermalinks;
  /** The site's own theme files (`theme/style.css`, `theme/layouts/`): their messages, and a key of their bytes for the memo. */
  theme: {files: VFile[]; key: string};
  /** Why the content directory could not be listed. */
  unlisted: boolean;
}

/** A fresh copy of a settings file, so a run's messages never pile onto the next run's. */
export function copyFile(file: VFile): VFile {
  const copy = new VFile(file.value === undefined ? {path: file.path, cwd: file.cwd} : {path: file.path, cwd: file.cwd, value: file.value});
  restoreMessages(copy, serializeMessages(file));
  return copy;
}

/** The state one session keeps, as `checkSession` reads it. */
export interface SessionState {
  contentDir: string;
  drafts: boolean;
  workers: number | undefined;
  settings: Settings;
  sources: SiteSources;
  memo: SiteMemo;
  /** How a source is parsed in this thread: its buffer through `parseBuffer`, when one is given. */
  parse: ParseSource;
  linter(site: SiteConfig): Linter;
  published(site: SiteConfig): Promise<PublishedRecord | undefined>;
}

/** A session with what only this package's own wrappers use. */
export interface RenderingSession extends SiteSession {
  /** `check`, rendering every published file too (`CheckedSite.rendered`). */
  checkRendered(): Promise<CheckedSite>;
}

/**
 * Open a content directory: read `site.yaml`, `permalinks.json` and every
 * source once. Nothing is checked until asked.
 */
export function openSite(options: SiteOptions): Promise<SiteSession> {
  return openRenderingSession(options);
}

export async function openRenderingSession(options: SiteOptions): Promise<RenderingSession> {
  const contentDir = options.contentDir;
  const drafts = options.drafts ?? false;
  const sources = new SiteSources(contentDir, options.skip ?? []);
  const memo = new SiteMemo(options.cacheRoot, contentDir, options.readOnlyCache ?? false, sources);
  let linter: {text: string; linter: Linter} | undefined;
  let published: Promise<PublishedRecord> | undefined;
  let timings: StepTimings = [];
  let readMs = 0;
  const state: SessionState = {
    contentDir,
    drafts,
    workers: options.workers,
    // Read by the first scan, below, before anything else can run.
    settings: {configFile: new VFile(), manifestFile: new VFile(), theme: {files: [], key: ''}, unlisted: false},
    sources,
    memo,
    parse: (file, parseOptions) => (options.parseBuffer && sources.hasBuffer(file.path) ? options.parseBuffer(file, parseOptions) : parseMarkdownSafely(file, parseOptions)),
    linter(site) {
      const text = String(state.settings.configFile.value ?? '');
      if (linter?.text !== text) linter = {text, linter: createLinter(site)};
      return linter.linter;
    },
    async published(site) {
      if (!options.published) return undefined;
      const from = options.published;
      published ??= readPublishedRecord(publishedSourceOf(from, site, contentDir), from.timeoutMs);
      return published;
    }
  };

  async function readSettings(): Promise<void> {
    const [config, record] = await Promise.all([readConfig(contentDir), readRecorded(contentDir)]);
    // The site's own layouts ride on its config, so every thread renders with them.
    const theme = loadThemeOverrides(contentDir);
    const site = config.site && {...config.site, layouts: theme.layouts};
    state.settings = {configFile: config.file, manifestFile: record.file, theme: {files: theme.files, key: theme.key}, unlisted: false, ...(site ? {site} : {}), ...(record.recorded ? {recorded: record.recorded} : {})};
  }

  async function scan(): Promise<void> {
    const start = performance.now();
    await readSettings();
    try {
      await sources.scan(state.settings.site?.posts);
    } catch {
      state.settings.unlisted = true;
    }
    readMs += performance.now() - start;
  }

  async function refresh(changed?: string[]): Promise<void> {
    if (changed === undefined) return scan();
    const start = performance.now();
    const paths = changed.map((path) => sources.contentPath(path));
    for (const path of paths) first.changed.add(path);
    // The settings and the listing change everything; a changed source, only itself.
    if (paths.some((path) => path === 'site.yaml' || path === 'permalinks.json' || path.startsWith('theme/') || path === '' || path.startsWith('..'))) return scan();
    for (const path of paths) {
      if (!(await sources.update(path))) return scan();
    }
    readMs += performance.now() - start;
  }

  // One call at a time: a refresh never runs under a check.
  let queue: Promise<unknown> = Promise.resolve();
  function queued<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  async function run<T>(work: (clock: StepClock) => Promise<T>): Promise<T> {
    const clock = new StepClock();
    clock.add('read', readMs);
    readMs = 0;
    try {
      return await work(clock);
    } finally {
      timings = clock.timings;
    }
  }

  /** What `checkFirst` holds between calls; every whole check starts it again from the memo. */
  const first: FirstCheckState = {held: undefined, changed: new Set(), factless: new Map(), fingerprint: ''};
  /** The editor's buffers, so a first check can read the disk alone. */
  const buffers = new Map<string, string>();

  async function checkAll(clock: StepClock, render: boolean): Promise<CheckedSite> {
    const checked = await checkSession(state, clock, render);
    noteFactless(first, state, checked);
    first.changed.clear();
    return checked;
  }

  /** The files on disk, buffers aside: workers read only the disk, so a site opened cold is parsed on every core. */
  async function checkDisk(clock: StepClock): Promise<CheckedSite> {
    for (const path of buffers.keys()) sources.setBuffer(path, undefined);
    try {
      return await checkAll(clock, false);
    } finally {
      for (const [path, text] of buffers) {
        sources.setBuffer(path, text);
        first.changed.add(path);
      }
    }
  }

  await scan();

  return {
    contentDir,
    get timings() {
      return timings;
    },
    refresh: (changed) => queued(() => refresh(changed)),
    setBuffer(path, text) {
      const own = sources.contentPath(path);
      sources.setBuffer(own, text);
      if (text === undefined) buffers.delete(own);
      else buffers.set(own, text);
      first.changed.add(own);
    },
    lint: (path) =>
      queued(() =>
        run(async (clock) => {
          const own = sources.contentPath(path);
          const {checked} = await checkFirst({state, first, clock, check: () => checkAll(clock, false), checkDisk: () => checkDisk(clock)}, own);
          const found = checked.sources.find((source) => source.file.path === own)?.file ?? checked.otherFiles.find((file) => file.path === own);
          return found ?? new VFile({path: own, cwd: contentDir});
        })
      ),
    checkFirst: (path) => queued(() => run((clock) => checkFirst({state, first, clock, check: () => checkAll(clock, false), checkDisk: () => checkDisk(clock)}, sources.contentPath(path)))),
    check: () => queued(() => run((clock) => checkAll(clock, false))),
    checkRendered: () => queued(() => run((clock) => checkAll(clock, true))),
    outputs: () =>
      queued(() =>
        run(async (clock) => {
          const checked = await checkAll(clock, true);
          return clock.time('assemble', () => siteOutputs(checked, contentDir));
        })
      ),
    build: (outDir) =>
      queued(() =>
        run((clock) => {
          // The build's check moves the memo: what is held is made again from it.
          first.held = undefined;
          return buildFromCheck(state, outDir, clock);
        })
      ),
    close: () => queued(async () => undefined)
  };
}
