import {parentPort} from 'node:worker_threads';
import {createSiteIndex, type SiteConfig} from '@folio/core';
import {createLinter} from '@folio/lint';
import {readSource} from '../load-sources.js';
import {localWork, type SourceWork} from '../source-work.js';
import type {LintedSource, LoadedSource, WorkerRequest, WorkerResponse, WorkerResult} from './protocol.js';

// A worker's share of the site: its files and their trees stay here, so
// trees never cross threads; only facts, messages and rendered bytes do.
let work: SourceWork | undefined;
let site: SiteConfig | undefined;

async function handle(request: WorkerRequest): Promise<WorkerResult> {
  switch (request.type) {
    case 'load': {
      site = request.site;
      work ??= localWork(site, createLinter(site), request.drafts);
      const read = request.paths.map((path) => readSource(request.contentDir, path));
      const loaded = await work.load(read.map(({file}) => file));
      return loaded.map((result, index): LoadedSource => {
        const hash = read[index]?.hash;
        return result.facts && hash !== undefined ? {...result, hash} : result;
      });
    }
    case 'lint': {
      if (!work || !site) throw new Error('Unexpected `lint` before `load`, expected `load` first');
      const index = createSiteIndex(site, request.facts, request.assets, request.generated, request.recorded);
      return (await work.lint(index, request.render)).map(({path, messages, rendered, renderMs}): LintedSource => (rendered ? {path, messages, rendered, renderMs: renderMs ?? 0} : {path, messages}));
    }
  }
}

/** The buffers of rendered pages and entries: moved to the main thread, not copied. */
function transferables(result: WorkerResult): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const source of result) {
    if (!('messages' in source) || !source.rendered) continue;
    for (const output of source.rendered.outputs) if (output.contents instanceof Uint8Array) buffers.push(output.contents.buffer as ArrayBuffer);
    if (source.rendered.entry && typeof source.rendered.entry.xml !== 'string') buffers.push(source.rendered.entry.xml.buffer as ArrayBuffer);
  }
  return buffers;
}

parentPort?.on('message', (message: {id: number; request: WorkerRequest}) => {
  handle(message.request).then(
    (result) => parentPort?.postMessage({id: message.id, result} satisfies WorkerResponse, transferables(result)),
    (error: unknown) => parentPort?.postMessage({id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
  );
});
