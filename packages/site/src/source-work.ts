import {collectFacts, type FileFacts, type ParseOptions, type RecordedPermalinks, type SiteConfig, type SiteIndex} from '@folio/core';
import {createCodeHighlighter, hasCodeToHighlight, type CodeHighlighter} from '@folio/html';
import {parseMarkdownSafely, type Linter} from '@folio/lint';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {packTree, unpackTree, type PackedTree} from './parallel/packed-tree.js';
import {serializeMessages, type SerializedMessage} from './parallel/serialized-message.js';
import type {SitePool} from './parallel/site-pool.js';
import {renderSource, type RenderedSource} from './render-site.js';

/** How a file's text becomes its tree: `parseMarkdownSafely`, or what gives the same trees faster. */
export type ParseSource = (file: VFile, options: ParseOptions) => Root | undefined;

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
  /** Milliseconds spent rendering it, so the step can be timed apart from its check. */
  renderMs?: number;
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

/** Live trees a thread keeps between the phases; past them, every tree waits packed. */
const defaultTreesKept = 1000;

/**
 * The per-file work in this thread (the main one for few files, or a
 * worker's). Up to `maxTreesKept` trees wait between the phases as they
 * are; once a thread has more, all of them wait packed (about the size of
 * their file, where a live tree takes eight times it), so a site of any
 * size fits in memory and no file is parsed twice. A file that could not be
 * read or parsed still gets its messages.
 */
export function localWork(site: SiteConfig, linter: Linter, drafts: boolean, maxTreesKept = defaultTreesKept, parse: ParseSource = parseMarkdownSafely): SourceWork {
  const held = new Map<string, {file: VFile; tree?: Root; packed?: PackedTree; facts?: FileFacts}>();
  let treesKept = 0;
  let packing = false;
  // Loaded on the first fenced block with a language, once per thread.
  let highlighter: Promise<CodeHighlighter> | undefined;
  return {
    readsFiles: false,
    async load(files) {
      return files.map((file): LoadResult => {
        const tree = file.value === undefined ? undefined : parse(file, {headingIds: site.headingIds});
        if (!tree) {
          held.set(file.path, {file});
          return {path: file.path};
        }
        const facts = collectFacts(tree, file.path, site, {drafts});
        file.data.folioFacts = facts;
        if (!packing && treesKept === maxTreesKept) {
          // Packing the live ones too keeps what waits in proportion to the files.
          packing = true;
          for (const entry of held.values()) {
            if (!entry.tree) continue;
            entry.packed = packTree(entry.tree, entry.file.value);
            entry.file.value = '';
            delete entry.tree;
          }
        }
        if (packing) {
          // The text waits in the pack too: nothing reads it before the check.
          held.set(file.path, {file, packed: packTree(tree, file.value), facts});
          file.value = '';
        } else {
          treesKept++;
          held.set(file.path, {file, tree, facts});
        }
        return {path: file.path, facts};
      });
    },
    async lint(index, render) {
      const results: LintResult[] = [];
      for (const [path, {file, tree: kept, packed, facts}] of held) {
        const tree = kept ?? (packed ? unpack(file, packed) : undefined);
        if (tree && facts) {
          file.data.folioSite = index;
          await linter.run(tree, file);
        }
        const result: LintResult = {path, messages: serializeMessages(file), file};
        // Rendered before knowing whether the site has errors: a failed build throws this away.
        if (tree && facts && render) {
          const highlight = hasCodeToHighlight(tree) ? await (highlighter ??= createCodeHighlighter()) : undefined;
          const start = performance.now();
          result.rendered = renderSource(site, index, tree, facts, highlight);
          result.renderMs = performance.now() - start;
        }
        results.push(result);
        // Deleting the entry being visited is safe in a Map's iteration: each tree goes once used.
        held.delete(path);
      }
      treesKept = 0;
      packing = false;
      return results;
    },
    async close() {}
  };
}

/** A packed tree back, and its text on its file. */
function unpack(file: VFile, packed: PackedTree): Root {
  const [tree, value] = unpackTree(packed);
  file.value = value;
  return tree;
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
