import {collectFacts, type FileFacts, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {parseMarkdownSafely, type Linter} from '@folio/lint';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {serializeMessages, type SerializedMessage} from './parallel/serialized-message.js';
import type {SitePool} from './parallel/site-pool.js';
import {renderSource, type RenderedSource} from './render-site.js';

export interface LoadResult {
  path: string;
  /** Missing when the file could not be read or parsed (its messages say why). */
  facts?: FileFacts;
  /** Hash of the bytes that were parsed, when read here (a worker reads files itself). */
  hash?: string;
}

export interface LintResult {
  path: string;
  messages: SerializedMessage[];
  /** Set when the messages are already on this thread's file. */
  file?: VFile;
  rendered?: RenderedSource;
}

/**
 * The per-file work of a check: parse and collect (first phase), then lint
 * and render against the whole site (second phase). Trees stay where they
 * were parsed and are dropped once linted.
 */
export interface SourceWork {
  /** True when it reads the files itself, so they need not be decoded here. */
  readsFiles: boolean;
  /** Parse and collect `files` (decoded, unless it reads them itself). */
  load(files: VFile[]): Promise<LoadResult[]>;
  /** Every loaded file, once. */
  lint(index: SiteIndex, render: boolean): Promise<LintResult[]>;
  close(): Promise<void>;
}

/** All in this thread: few files to redo, or a small site. */
export function localWork(site: SiteConfig, linter: Linter, drafts: boolean): SourceWork {
  const held = new Map<string, {file: VFile; tree: Root; facts: FileFacts}>();
  return {
    readsFiles: false,
    async load(files) {
      return files.map((file): LoadResult => {
        const tree = parseMarkdownSafely(file);
        if (!tree) return {path: file.path};
        const facts = collectFacts(tree, file.path, site, {drafts});
        file.data.folioFacts = facts;
        held.set(file.path, {file, tree, facts});
        return {path: file.path, facts};
      });
    },
    async lint(index, render) {
      const results: LintResult[] = [];
      for (const [path, {file, tree, facts}] of held) {
        file.data.folioSite = index;
        await linter.run(tree, file);
        const result: LintResult = {path, messages: serializeMessages(file), file};
        if (render) result.rendered = renderSource(site, index, tree, facts);
        results.push(result);
      }
      held.clear();
      return results;
    },
    async close() {}
  };
}

/**
 * What a worker's index needs of every file: each worker keeps a copy, so
 * the positions only this thread reports from stay here.
 */
function slimFacts(facts: FileFacts): FileFacts {
  return {...facts, anchors: facts.anchors.map(({id, kind}) => ({id, kind})), links: [], problems: []};
}

/** In worker threads, which read the files themselves: many files to redo. */
export function pooledWork(pool: SitePool, contentDir: string, site: SiteConfig, drafts: boolean, assets: string[], recorded: RecordedPermalinks | undefined): SourceWork {
  return {
    readsFiles: true,
    load: (files) => pool.load(contentDir, files.map((file) => file.path), site, drafts),
    lint: (index, render) => pool.lint([...index.files.values()].map(slimFacts), assets, [...index.generated], recorded, render),
    close: () => pool.close()
  };
}
