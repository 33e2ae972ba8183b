import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {parseWhole, reparse, type ParseText, type Parsed} from './incremental-parse.js';
import {clonePlain} from './tree-positions.js';

/** How many documents keep their last tree: more than an editor has open at once. */
const maxDocuments = 32;

/** The last parse of each open document, for the server's life. */
export class ParseCache {
  private readonly documents = new Map<string, Parsed>();

  /** Parse `text` of the document at `path`, re-using its last parse where the edit allows. */
  parse(path: string, text: string, parse: ParseText): Root {
    const previous = this.documents.get(path);
    // `reparse` moves the unchanged blocks of `previous`: it is never used again.
    this.documents.delete(path);
    const parsed = (previous && reparse(previous, text, parse)) ?? parseWhole(text, parse);
    this.documents.set(path, parsed);
    if (this.documents.size > maxDocuments) this.documents.delete(this.documents.keys().next().value!);
    // Plugins change the tree they get (section ids trim heading text): hand out a copy.
    return clonePlain(parsed.tree);
  }
}

export interface Options {
  /** The server's cache of last parses. */
  cache: ParseCache;
}

/**
 * Make a keystroke re-parse only the blocks it touches: wraps the parser
 * set before it (`remark-parse`, with the syntax extensions of the other
 * plugins), which still parses a document the first time and whenever an
 * edit cannot be shown to stay local.
 */
export const remarkIncrementalParse: Plugin<[Options], string, Root> = function (options) {
  const whole = this.parser;
  if (!whole) throw new Error('Unexpected processor without a parser, expected `remark-parse` before `remarkIncrementalParse`');
  this.parser = function (text: string, file: VFile): Root {
    const parse: ParseText = (part) => whole(part, file) as Root;
    return file.path ? options.cache.parse(file.path, text, parse) : parse(text);
  };
};
