import {parentPort} from 'node:worker_threads';
import {collectFacts, createSiteIndex, type SiteConfig, type SiteIndex} from '@folio/core';
import {createLinter, parseMarkdownSafely, type Linter} from '@folio/lint';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {readSource} from '../load-sources.js';
import {mapLimit} from '../map-limit.js';
import {renderSource, type RenderedSource} from '../render-site.js';
import type {LintedSource, LoadedSource, WorkerRequest, WorkerResponse, WorkerResult} from './protocol.js';
import {serializeMessages} from './serialized-message.js';

// A worker's share of the site: its files and their trees stay here, so
// trees never cross threads; only facts, messages and rendered text do.
// A tree is dropped as soon as it is checked (and rendered), to bound memory.
const files = new Map<string, {file: VFile; tree?: Root}>();
let rendered: RenderedSource[] = [];
let site: SiteConfig | undefined;
let linter: Linter | undefined;
let index: SiteIndex | undefined;

async function handle(request: WorkerRequest): Promise<WorkerResult> {
  switch (request.type) {
    case 'load': {
      site = request.site;
      linter = createLinter(site);
      const read = await mapLimit(request.paths, 16, (path) => readSource(request.contentDir, path));
      return read.map((file): LoadedSource => {
        const tree = file.value === undefined ? undefined : parseMarkdownSafely(file);
        files.set(file.path, tree ? {file, tree} : {file});
        if (!tree || !site) return {path: file.path};
        const facts = collectFacts(tree, file.path, site, {drafts: request.drafts});
        file.data.folioFacts = facts;
        return {path: file.path, facts};
      });
    }
    case 'lint': {
      if (!site || !linter) throw new Error('Unexpected `lint` before `load`, expected `load` first');
      index = createSiteIndex(site, request.facts, request.assets, request.generated);
      if (request.recorded) index.recorded = request.recorded;
      const linted: LintedSource[] = [];
      rendered = [];
      for (const [path, {file, tree}] of files) {
        if (tree) {
          file.data.folioSite = index;
          await linter.run(tree, file);
          const facts = file.data.folioFacts;
          // Rendered before knowing whether the site has errors: a failed build throws this away.
          if (request.render && facts) rendered.push(renderSource(site, index, tree, facts));
        }
        files.set(path, {file});
        linted.push({path, messages: serializeMessages(file)});
      }
      return linted;
    }
    case 'render': {
      if (!index) throw new Error('Unexpected `render` before `lint`, expected `lint` first');
      return rendered;
    }
  }
}

parentPort?.on('message', (message: {id: number; request: WorkerRequest}) => {
  handle(message.request).then(
    (result) => parentPort?.postMessage({id: message.id, result} satisfies WorkerResponse),
    (error: unknown) => parentPort?.postMessage({id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
  );
});
