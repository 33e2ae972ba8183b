import {availableParallelism} from 'node:os';
import {createSiteIndex, generatedPaths, siteCatalogOf, siteViewOf, viewKeyOf, type FileFacts, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import type {ContentListing, Linter} from '@folio/lint';
import type {VFile} from 'vfile';
import {hashText} from '../cache/hash-text.js';
import type {RenderEntry} from '../cache/render-store.js';
import type {CheckEntry, CheckStore} from '../cache/site-cache.js';
import type {CheckedSource} from '../check-site.js';
import {restoreMessages} from '../parallel/serialized-message.js';
import {createSitePool} from '../parallel/site-pool.js';
import type {RenderedSource} from '../render-site.js';
import {localWork, pooledWork, type LintResult, type ParseSource, type SourceWork} from '../source-work.js';
import type {SiteMemo} from './site-memo.js';
import type {SiteSources} from './site-sources.js';
import type {StepClock} from './step-timings.js';

/** Threads pay off once there are more files to parse than a worker takes to start. */
function defaultWorkers(changed: number): number {
  return changed >= 64 ? Math.min(availableParallelism(), 8) : 1;
}

export interface PassInput {
  contentDir: string;
  site: SiteConfig;
  linter: Linter;
  drafts: boolean;
  listing: ContentListing;
  recorded: RecordedPermalinks | undefined;
  sources: SiteSources;
  memo: SiteMemo;
  /** Also render every published file, right after checking it, so its tree can go. */
  render: boolean;
  workers: number | undefined;
  /** How this thread parses a file (an editor's buffer may be parsed faster). */
  parse: ParseSource;
  clock: StepClock;
}

export interface PassOutput {
  sources: CheckedSource[];
  index: SiteIndex;
  rendered?: RenderedSource[];
}

/** The one place the site index is made: with everything it holds. */
export function indexOf(input: Pick<PassInput, 'site' | 'listing' | 'recorded'>, facts: Iterable<FileFacts>): SiteIndex {
  return createSiteIndex(input.site, facts, input.listing.assets, generatedPaths(input.site), input.recorded);
}

/** What every file's view depends on besides the files: the assets and the record (the memo's `around`). */
export function surroundingsKeyOf(listing: ContentListing, recorded: RecordedPermalinks | undefined): string {
  return hashText(JSON.stringify([listing.assets, recorded?.manifest ?? null]));
}

/**
 * True when no other file can see a difference: the same files with the
 * same URLs and anchors, the same assets and record. Then every unchanged
 * file's memoized view still holds.
 */
function sameSurroundings(checks: CheckStore, around: string, facts: Map<string, FileFacts>, redone: Set<string>): boolean {
  if (checks.around !== around || checks.entries.size !== facts.size) return false;
  for (const path of facts.keys()) if (!checks.entries.has(path)) return false;
  for (const path of redone) {
    const before = checks.entries.get(path)?.facts;
    const after = facts.get(path);
    if (!before || !after || viewKeyOf(before) !== viewKeyOf(after)) return false;
  }
  return true;
}

/**
 * Collect → index → find stale → check (→ render), redoing only what the
 * memo cannot vouch for: files whose text changed are parsed (in worker
 * threads when there are many), the index is made from fresh and memoized
 * facts, and any file whose view of the site changed is checked (and
 * rendered) again too.
 */
export async function checkPass(input: PassInput): Promise<PassOutput> {
  const {memo, render, sources: table, clock} = input;
  if (render) await memo.readRenders();
  const {checks, renders} = memo;
  const files: VFile[] = [];
  const facts = new Map<string, FileFacts>();
  const hashes = new Map<string, string>();
  const changed: VFile[] = [];
  for (const path of input.listing.sources) {
    const {file, hash} = table.fileOf(path);
    files.push(file);
    if (hash === undefined) continue;
    hashes.set(path, hash);
    const cached = checks.entries.get(path);
    if (cached?.hash === hash) facts.set(path, cached.facts);
    else changed.push(file);
  }
  const around = surroundingsKeyOf(input.listing, input.recorded);

  const workers = input.workers ?? defaultWorkers(changed.length);
  // Workers read files from disk themselves: an editor's buffer is parsed here.
  const pooled = workers > 1 && changed.length > 1 && !changed.some((file) => table.hasBuffer(file.path));
  const work: SourceWork = pooled
    ? pooledWork(createSitePool(Math.min(workers, changed.length), changed.length), input.contentDir, input.site, input.drafts, input.listing.assets, input.recorded)
    : localWork(input.site, input.linter, input.drafts, undefined, input.parse);
  const redone = new Set<string>();
  const views = new Map<string, string>();
  let linted: LintResult[];
  let index: SiteIndex;
  try {
    const load = async (batch: VFile[]): Promise<void> => {
      const ready = work.readsFiles ? batch : batch.filter((file) => table.decode(file));
      for (const loaded of await work.load(ready)) {
        redone.add(loaded.path);
        if (loaded.hash !== undefined) hashes.set(loaded.path, loaded.hash);
        if (loaded.facts) facts.set(loaded.path, loaded.facts);
        else facts.delete(loaded.path);
      }
    };
    await clock.time('collect', () => load(changed));
    index = await clock.time('index', () => indexOf(input, facts.values()));
    const stale = await clock.time('find stale', () => {
      const reuse = sameSurroundings(checks, around, facts, redone);
      const catalog = siteCatalogOf(index);
      const found: VFile[] = [];
      for (const file of files) {
        const own = facts.get(file.path);
        if (!own) continue;
        const cached = redone.has(file.path) ? undefined : checks.entries.get(file.path);
        const view = cached && reuse ? cached.view : hashText(siteViewOf(index, own, catalog));
        views.set(file.path, view);
        if (!cached) continue;
        const rendered = renders.get(file.path);
        if (cached.view !== view || (render && (rendered?.hash !== cached.hash || rendered.view !== view))) found.push(file);
      }
      return found;
    });
    await clock.time('collect', () => load(stale));
    // Each file is rendered right after its check, so its tree can go: the two steps share one pass, timed apart.
    const start = performance.now();
    linted = await work.lint(index, render);
    const renderMs = linted.reduce((sum, result) => sum + (result.renderMs ?? 0), 0) / (pooled ? Math.min(workers, changed.length) : 1);
    clock.add('check', performance.now() - start - renderMs);
    if (render) clock.add('render', renderMs);
  } finally {
    await work.close();
  }

  const results = new Map(linted.map((result) => [result.path, result]));
  const checkedSources: CheckedSource[] = [];
  const rendered: RenderedSource[] = [];
  const next: CheckStore = {around, entries: new Map()};
  const nextRenders = new Map<string, RenderEntry>();
  for (const file of files) {
    const own = facts.get(file.path);
    const hash = hashes.get(file.path);
    const view = views.get(file.path);
    const result = results.get(file.path);
    if (result) {
      if (result.file !== file) restoreMessages(file, result.messages);
      if (result.rendered) rendered.push(result.rendered);
      if (own && hash !== undefined && view !== undefined) {
        next.entries.set(file.path, {hash, facts: own, view, messages: result.messages});
        if (result.rendered) nextRenders.set(file.path, {hash, view, rendered: result.rendered});
      }
    } else if (own) {
      const cached = checks.entries.get(file.path) as CheckEntry;
      restoreMessages(file, cached.messages);
      next.entries.set(file.path, cached);
      const cachedRender = renders.get(file.path);
      if (render && cachedRender) {
        rendered.push(cachedRender.rendered);
        nextRenders.set(file.path, cachedRender);
      }
    }
    if (own) file.data.folioFacts = own;
    checkedSources.push(own ? {file, facts: own} : {file});
  }
  const save = results.size > 0 || next.entries.size !== checks.entries.size || around !== checks.around;
  await memo.keep(next, render ? nextRenders : undefined, save);
  return render ? {sources: checkedSources, index, rendered} : {sources: checkedSources, index};
}
