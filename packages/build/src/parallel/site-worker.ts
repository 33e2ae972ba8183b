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
// trees never cross threads; only facts, messages and rendered text do.
// A tree is dropped as soon as it is checked (and rendered), to bound memory.
const files = new Map<string, {file: VFile; tree?: Root}>();
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
        files.set(file.path, tree ? {file, tree} : {file});
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
      for (const [path, {file, tree}] of files) {
        const result: LintedSource = {path, messages: []};
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
      return linted;
    }
  }
}

parentPort?.on('message', (message: {id: number; request: WorkerRequest}) => {
  handle(message.request).then(
    (result) => parentPort?.postMessage({id: message.id, result} satisfies WorkerResponse),
    (error: unknown) => parentPort?.postMessage({id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
  );
});
