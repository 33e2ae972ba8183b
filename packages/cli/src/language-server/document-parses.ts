import {maxSourceBytes, parseMarkdownSafely} from '@folio/lint';
import type {Root} from 'mdast';
import {VFile} from 'vfile';
import {parseWhole, reparse, type Parsed} from './incremental-parse.js';
import {clonePlain} from './tree-positions.js';

/** How many documents keep their last tree: more than an editor has open at once. */
const maxDocuments = 32;

/**
 * A slice of a document, parsed as the check parses a file: through
 * `parseMarkdownSafely`, so every guard against input the parser cannot
 * handle applies to it too; a refused slice makes the whole document parse.
 */
function parseSlice(text: string): Root | undefined {
  return parseMarkdownSafely(new VFile({value: text}));
}

/**
 * The last parse of each open document, for the server's life: a keystroke
 * re-parses only the blocks it touches. Trees are those of
 * `parseMarkdownSafely` (section ids given), so a document is parsed, or
 * refused with a message on its file, exactly as the check would.
 */
export class DocumentParses {
  private readonly documents = new Map<string, Parsed>();

  /** The tree of `file` (its path is the key), or undefined with the reason on `file`. */
  parse(file: VFile): Root | undefined {
    const text = String(file.value);
    const previous = this.documents.get(file.path);
    // `reparse` moves the unchanged blocks of `previous`: it is never used again.
    this.documents.delete(file.path);
    // The size guard is about the whole text, which a slice does not show.
    const local = previous && Buffer.byteLength(text, 'utf8') <= maxSourceBytes ? reparse(previous, text, parseSlice) : undefined;
    const parsed = local ?? parseWhole(text, () => parseMarkdownSafely(file));
    if (!parsed) return undefined;
    this.documents.set(file.path, parsed);
    if (this.documents.size > maxDocuments) this.documents.delete(this.documents.keys().next().value!);
    // Rules and plugins may change the tree they get: hand out a copy.
    return clonePlain(parsed.tree);
  }

  /** Forget a closed document. */
  forget(path: string): void {
    this.documents.delete(path);
  }
}
