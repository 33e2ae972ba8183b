import {parentPort} from 'node:worker_threads';
import {collectFacts, createSiteIndex, type SiteConfig} from '@folio/core';
import {createLinter, parseMarkdownSafely, type Linter} from '@folio/lint';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {readSource} from '../load-sources.js';
import {renderSource} from '../render-site.js';
import type {LintedSource, LoadedSource, WorkerRequest, WorkerResponse, WorkerResult} from './protocol.js';
import {serializeMessages} from './serialized-message.js';

// A worker's share of the site: its files and their trees stay here, so
// trees never cross threads; only facts, messages and rendered bytes do.
// A tree is dropped as soon as it is checked (and rendered), and only so
// many are kept between the phases: past that, a file is parsed again when
// it is checked, so a site of any size fits in memory.
const files = new Map<string, {file: VFile; tree?: Root; parsed: boolean}>();
const maxTreesKept = 1000;
let treesKept = 0;
let site: SiteConfig | undefined;
let linter: Linter | undefined;

async function handle(request: WorkerRequest): Promise<WorkerResult> {
  switch (request.type) {
    case 'load': {
      site = request.site;
      linter = createLinter(site);
      const read = request.paths.map((path) => readSource(request.contentDir, path));
      return read.map(({file, hash}): LoadedSource => {
        const tree = file.value === undefined ? undefined : parseMarkdownSafely(file);
        const keep = tree !== undefined && treesKept < maxTreesKept;
        if (keep) treesKept++;
        files.set(file.path, keep ? {file, tree, parsed: true} : {file, parsed: tree !== undefined});
        if (!tree || !site) return {path: file.path};
        const facts = collectFacts(tree, file.path, site, {drafts: request.drafts});
        file.data.folioFacts = facts;
        return hash === undefined ? {path: file.path, facts} : {path: file.path, facts, hash};
      });
    }
    case 'lint': {
      if (!site || !linter) throw new Error('Unexpected `lint` before `load`, expected `load` first');
      const index = createSiteIndex(site, request.facts, request.assets, request.generated);
      if (request.recorded) index.recorded = request.recorded;
      const linted: LintedSource[] = [];
      for (const [path, held] of files) {
        const {file} = held;
        const result: LintedSource = {path, messages: []};
        const tree = held.tree ?? (held.parsed ? parseMarkdownSafely(file) : undefined);
        if (tree) {
          file.data.folioSite = index;
          await linter.run(tree, file);
          const facts = file.data.folioFacts;
          // Rendered before knowing whether the site has errors: a failed build throws this away.
          if (request.render && facts) result.rendered = renderSource(site, index, tree, facts);
        }
        result.messages = serializeMessages(file);
        linted.push(result);
        // Deleting the entry being visited is safe in a Map's iteration.
        files.delete(path);
      }
      treesKept = 0;
      return linted;
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
