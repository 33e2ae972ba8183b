import {Worker} from 'node:worker_threads';
import type {FileFacts, RecordedPermalinks, SiteConfig} from '@folio/core';
import type {LintedSource, LoadedSource, WorkerRequest, WorkerResponse, WorkerResult} from './protocol.js';

/**
 * Per-file work (read, parse, collect, lint, render) spread over worker
 * threads. `load` may be called more than once; `lint` then works on every
 * file loaded so far, once.
 */
export interface SitePool {
  load(contentDir: string, paths: string[], site: SiteConfig, drafts: boolean): Promise<LoadedSource[]>;
  lint(facts: FileFacts[], assets: string[], generated: string[], recorded: RecordedPermalinks | undefined, render: boolean): Promise<LintedSource[]>;
  close(): Promise<void>;
}

/**
 * A heap ceiling for workers with thousands of files to parse: far above
 * what one keeps (at most a thousand live trees, a tree ~8× its file, 253
 * KB for a 33 KB post; past that every tree packed, about its file's size;
 * the largest allowed file, 4 MiB, makes a ~32 MB tree), so V8
 * collects the garbage of all those parses instead of growing the heap to
 * gigabytes. Smaller jobs run faster without it.
 */
const heapCeilingMb = 384;
const filesNeedingCeiling = 1500;

/**
 * Room for new objects (V8's young generation, semi-spaces of 32 MB instead
 * of 16): a parse makes its garbage in bursts, micromark's events and
 * tokens, that outlive a small young generation and are copied and promoted
 * before they die. Twice the room spends less time collecting and keeps a
 * smaller old heap.
 */
const youngGenerationMb = 96;

class PooledWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, {resolve: (result: WorkerResult) => void; reject: (error: Error) => void}>();
  private nextId = 0;

  constructor(ceiling: boolean) {
    const resourceLimits = {maxYoungGenerationSizeMb: youngGenerationMb, ...(ceiling ? {maxOldGenerationSizeMb: heapCeilingMb} : {})};
    this.worker = new Worker(new URL('./site-worker.js', import.meta.url), {resourceLimits});
    this.worker.on('message', (response: WorkerResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if ('error' in response) waiting?.reject(new Error(response.error));
      else waiting?.resolve(response.result);
    });
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  ask(request: WorkerRequest): Promise<WorkerResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject});
      this.worker.postMessage({id, request});
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** How many files a worker is handed at once: small enough that none waits long for the last. */
function batchSizeOf(files: number, workers: number): number {
  return Math.max(1, Math.min(16, Math.ceil(files / (workers * 8))));
}

function byPath<T extends {path: string}>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Start `size` workers for about `files` files. Files are handed out in
 * small batches, each to the first worker that is free, so a worker that
 * drew large files takes fewer; results come back in path order.
 */
export function createSitePool(size: number, files: number): SitePool {
  const workers = Array.from({length: size}, () => new PooledWorker(files / size >= filesNeedingCeiling));
  return {
    async load(contentDir, paths, site, drafts) {
      const batch = batchSizeOf(paths.length, size);
      const loaded: LoadedSource[] = [];
      let next = 0;
      const drain = async (worker: PooledWorker): Promise<void> => {
        while (next < paths.length) {
          const share = paths.slice(next, next + batch);
          next += share.length;
          loaded.push(...((await worker.ask({type: 'load', contentDir, paths: share, site, drafts})) as LoadedSource[]));
        }
      };
      await Promise.all(workers.map(drain));
      return loaded.sort(byPath);
    },
    async lint(facts, assets, generated, recorded, render) {
      const request: WorkerRequest = {type: 'lint', facts, assets, generated, render, ...(recorded ? {recorded} : {})};
      const linted = await Promise.all(workers.map((worker) => worker.ask(request) as Promise<LintedSource[]>));
      return linted.flat().sort(byPath);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  };
}
