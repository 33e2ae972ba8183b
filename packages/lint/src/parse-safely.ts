import {parseMarkdown, type ParseOptions} from '@folio/core';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {findParseHazard} from './parse-hazards.js';
import {defaultSeverityOf, reportSiteMessage} from './site-message.js';

/**
 * Larger than this, a file is refused rather than parsed: the parser needs
 * about 1.5 s of CPU per megabyte of ordinary prose, and no essay is this long. (The
 * build's reader has the same limit; the build can take it from here.)
 */
export const maxSourceBytes = 4 * 1024 * 1024;

/**
 * Deeper than this, a file is refused rather than parsed: the parser slows
 * down quadratically with nesting (10,000 block quotes take seconds, 10,000
 * lists minutes) and the tree walkers after it overflow the stack. No essay
 * nests lists and quotes a hundred deep.
 */
export const maxNesting = 100;

// One container marker at the start of a line: a block quote `>` or a list bullet / number.
const containerMarker = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** The deepest nesting of containers a line starts, counting the indentation before a marker as list nesting. */
export function deepestNesting(text: string): {depth: number; line: number} {
  let deepest = {depth: 0, line: 1};
  let line = 0;
  for (const content of text.split('\n')) {
    line++;
    const indent = /^[ \t]*/.exec(content)?.[0] ?? '';
    let markers = 0;
    containerMarker.lastIndex = indent.length;
    while (containerMarker.exec(content)) markers++;
    // Indentation nests only where a marker follows it; indented code or verse does not.
    const depth = markers === 0 ? 0 : markers + Math.floor(indent.replaceAll('\t', '    ').length / 2);
    if (depth > deepest.depth) deepest = {depth, line};
  }
  return deepest;
}

function refuse(file: VFile, ruleId: string, reason: string, line: number): undefined {
  // Input refused before parsing: an error whatever `rules:` say.
  reportSiteMessage(file, {ruleId, reason, place: {line, column: 1}}, defaultSeverityOf);
}

/**
 * `parseMarkdown`, but input it cannot handle, or would take seconds to
 * minutes on (see `findParseHazard`), gives a fatal message (rule
 * `file-too-large` or `parse`) and no tree, instead of a hang or a stack
 * overflow. A file without a tree takes no part in the site, as in the build.
 */
export function parseMarkdownSafely(file: VFile, options: ParseOptions = {}): Root | undefined {
  const text = String(file.value ?? '');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxSourceBytes) {
    return refuse(file, 'file-too-large', `Unexpected file of ${bytes} bytes, expected at most ${maxSourceBytes} bytes (split it into several posts)`, 1);
  }
  const nesting = deepestNesting(text);
  if (nesting.depth > maxNesting) {
    return refuse(file, 'parse', `Unexpected nesting ${nesting.depth} levels deep, expected at most ${maxNesting} levels of lists and block quotes`, nesting.line);
  }
  const hazard = findParseHazard(text);
  if (hazard) return refuse(file, 'parse', hazard.reason, hazard.line);
  try {
    return parseMarkdown(file, options);
  } catch (error) {
    const what = error instanceof RangeError ? 'nesting too deep to parse' : 'content the parser could not read';
    return refuse(file, 'parse', `Unexpected ${what}, expected ordinary Markdown`, 1);
  }
}
