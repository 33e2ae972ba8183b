import {existsSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {skipChildren, walkTree} from '@folio/core';
import type {Element, ElementContent} from 'hast';
import type {Root as MdastRoot} from 'mdast';

/** Highlights code by its fence's language, at build time: spans with `pl-*` classes the stylesheet colours. */
export interface CodeHighlighter {
  /** The code as highlighted spans, or undefined for a language it does not know. */
  highlight(code: string, language: string): ElementContent[] | undefined;
}

/**
 * Bundled, the grammars' WebAssembly regex engine sits beside the bundle
 * (`dist/bundle/onig.wasm`); unbundled, starry-night finds it in
 * `node_modules`.
 */
function bundledOniguruma(): URL | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'onig.wasm');
  return basename(here) === 'bundle' && existsSync(beside) ? pathToFileURL(beside) : undefined;
}

/**
 * GitHub's grammars for the common languages (starry-night's `common`
 * set), loaded on first use: a check, and a site without fenced code,
 * never pay for them.
 */
export async function createCodeHighlighter(): Promise<CodeHighlighter> {
  const {common, createStarryNight} = await import('@wooorm/starry-night');
  const wasm = bundledOniguruma();
  const starryNight = await createStarryNight(common, wasm ? {getOnigurumaUrlFs: () => wasm} : undefined);
  return {
    highlight(code, language) {
      const scope = starryNight.flagToScope(language);
      if (scope === undefined) return undefined;
      // A highlighted fragment holds spans and text only, never a doctype.
      return starryNight.highlight(code, scope).children.filter((node): node is ElementContent => node.type !== 'doctype');
    }
  };
}

/** Whether a Markdown tree has a fenced block with a language: only then is a highlighter worth loading. */
export function hasCodeToHighlight(tree: MdastRoot): boolean {
  let found = false;
  walkTree(tree, (node) => {
    if (found) return skipChildren;
    if (node.type === 'code' && node.lang) found = true;
    return undefined;
  });
  return found;
}

const languagePrefix = 'language-';

function languageOf(code: Element): string | undefined {
  const classes = code.properties['className'];
  const found = Array.isArray(classes) ? classes.find((name) => typeof name === 'string' && name.startsWith(languagePrefix)) : undefined;
  return typeof found === 'string' ? found.slice(languagePrefix.length) : undefined;
}

/**
 * Highlight one `<pre><code class="language-…">` in place. A language the
 * grammars do not know stays plain text, as written: no guessing.
 */
export function highlightCodeBlock(pre: Element, highlighter: CodeHighlighter): void {
  const code = pre.children[0];
  if (code?.type !== 'element' || code.tagName !== 'code') return;
  const language = languageOf(code);
  const text = code.children.length === 1 && code.children[0]?.type === 'text' ? code.children[0].value : undefined;
  if (language === undefined || text === undefined) return;
  const spans = highlighter.highlight(text, language);
  if (spans) code.children = spans;
}
