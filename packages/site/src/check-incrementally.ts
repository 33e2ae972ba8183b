import {availableParallelism} from 'node:os';
import {siteCatalogOf, siteViewOf, viewKeyOf, type FileFacts, type SiteIndex} from '@folio/core';
import type {Linter} from '@folio/lint';
import type {VFile} from 'vfile';
import {hashText} from './cache/hash-text.js';
import {RenderStore, type RenderEntry} from './cache/render-store.js';
import type {CheckEntry, CheckStore, SiteCache} from './cache/site-cache.js';
import {indexOf, type CheckedSource, type PhaseInput, type PhaseOutput} from './check-site.js';
import {decodeSource, readSourceBytes} from './load-sources.js';
import {restoreMessages} from './parallel/serialized-message.js';
import {createSitePool} from './parallel/site-pool.js';
import type {RenderedSource} from './render-site.js';
import {localWork, pooledWork, type LintResult, type SourceWork} from './source-work.js';

/** Threads pay off once there are more files to parse than a worker takes to start. */
function defaultWorkers(changed: number): number {
  return changed >= 64 ? Math.min(availableParallelism(), 8) : 1;
}

interface ReadSources {
  files: VFile[];
  facts: Map<string, FileFacts>;
  /** Hash of each readable file's bytes. */
  hashes: Map<string, string>;
  /** Files whose text is not the cached one. */
  changed: VFile[];
  /** Each readable file's bytes: decoded only if this thread parses it. */
  undecoded: Map<string, Uint8Array>;
}

async function readSources(input: PhaseInput, checks: CheckStore): Promise<ReadSources> {
  const read = input.listing.sources.map((path) => readSourceBytes(input.contentDir, path));
  const sources: ReadSources = {files: [], facts: new Map(), hashes: new Map(), changed: [], undecoded: new Map()};
  for (const {file, bytes} of read) {
    sources.files.push(file);
    if (!bytes) continue;
    const hash = hashText(bytes);
    sources.hashes.set(file.path, hash);
    sources.undecoded.set(file.path, bytes);
    const cached = checks.entries.get(file.path);
    if (cached?.hash === hash) sources.facts.set(file.path, cached.facts);
    else sources.changed.push(file);
  }
  return sources;
}

/**
 * True when no other file can see a difference: the same files with the
 * same URLs and anchors, the same assets and record. Then every unchanged
 * file's cached view still holds.
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
 * Both phases, redoing only what the cache cannot vouch for: files whose
 * text changed are parsed (in worker threads when there are many), the
 * index is built from fresh and cached facts, and any file whose view of
 * the site changed is checked (and rendered) again too.
 */
export async function checkIncrementally(input: PhaseInput & {linter: Linter; render: boolean; workers?: number; cache?: SiteCache}): Promise<PhaseOutput> {
  const {cache, render} = input;
  const renderStore = cache && render ? new RenderStore(cache) : undefined;
  const none: CheckStore = {entries: new Map()};
  const [checks, renders] = await Promise.all([cache?.readChecks() ?? none, renderStore?.read() ?? new Map<string, RenderEntry>()]);
  const {files, facts, hashes, changed, undecoded} = await readSources(input, checks);
  const around = hashText(JSON.stringify([input.listing.assets, input.recorded?.manifest ?? null]));

  const workers = input.workers ?? defaultWorkers(changed.length);
  const work: SourceWork =
    workers > 1 && changed.length > 1
      ? pooledWork(createSitePool(Math.min(workers, changed.length), changed.length), input.contentDir, input.site, input.drafts, input.listing.assets, input.recorded)
      : localWork(input.site, input.linter, input.drafts);
  const redone = new Set<string>();
  const views = new Map<string, string>();
  let linted: LintResult[];
  let index: SiteIndex;
  try {
    // Workers read and decode files themselves; here, only what this thread parses is decoded.
    const decoded = (batch: VFile[]): VFile[] =>
      work.readsFiles
        ? batch
        : batch.filter((file) => {
            decodeSource(file, undecoded.get(file.path) as Uint8Array);
            return file.value !== undefined;
          });
    const load = async (batch: VFile[]): Promise<void> => {
      for (const loaded of await work.load(decoded(batch))) {
        redone.add(loaded.path);
        if (loaded.hash !== undefined) hashes.set(loaded.path, loaded.hash);
        if (loaded.facts) facts.set(loaded.path, loaded.facts);
        else facts.delete(loaded.path);
      }
    };
    await load(changed);
    index = indexOf(input, [...facts.values()]);
    const reuse = sameSurroundings(checks, around, facts, redone);
    const catalog = siteCatalogOf(index);
    const stale: VFile[] = [];
    for (const file of files) {
      const own = facts.get(file.path);
      if (!own) continue;
      const cached = redone.has(file.path) ? undefined : checks.entries.get(file.path);
      const view = cached && reuse ? cached.view : hashText(siteViewOf(index, own, catalog));
      views.set(file.path, view);
      if (!cached) continue;
      const rendered = renders.get(file.path);
      if (cached.view !== view || (render && (rendered?.hash !== cached.hash || rendered.view !== view))) stale.push(file);
    }
    await load(stale);
    // Every file that needs its text has it now.
    undecoded.clear();
    linted = await work.lint(index, render);
  } finally {
    await work.close();
  }

  const results = new Map(linted.map((result) => [result.path, result]));
  const sources: CheckedSource[] = [];
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
    sources.push(own ? {file, facts: own} : {file});
  }
  if (cache && (results.size > 0 || next.entries.size !== checks.entries.size || around !== checks.around)) {
    await Promise.all([cache.writeChecks(next), renderStore?.write(nextRenders)]);
  }
  return render ? {sources, index, rendered} : {sources, index};
}
