import {parseMarkdown} from '@folio/core';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {lintSource} from './create-rule.js';

/**
 * Deeper than this, a file is refused rather than parsed: the parser slows
 * down quadratically with nesting (10,000 block quotes take seconds, 10,000
 * lists minutes) and the tree walkers after it overflow the stack. No essay
 * nests lists and quotes a hundred deep.
 */
export const maxNesting = 100;

// One container marker at the start of a line: a block quote `>` or a list bullet / number.
const containerMarker = /[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** The deepest nesting of containers a line starts, counting indentation as list nesting. */
export function deepestNesting(text: string): {depth: number; line: number} {
  let deepest = {depth: 0, line: 1};
  let line = 0;
  for (const content of text.split('\n')) {
    line++;
    const indent = /^[ \t]*/.exec(content)?.[0] ?? '';
    let depth = Math.floor(indent.replaceAll('\t', '    ').length / 2);
    containerMarker.lastIndex = indent.length;
    while (containerMarker.exec(content)) depth++;
    if (depth > deepest.depth) deepest = {depth, line};
  }
  return deepest;
}

function refuse(file: VFile, reason: string, line: number): Root {
  const message = file.message(reason, {place: {line, column: 1}, ruleId: 'parse', source: lintSource});
  message.fatal = true;
  return {type: 'root', children: []};
}

/**
 * `parseMarkdown`, but input it cannot handle gives a fatal message (rule
 * `parse`) and an empty tree instead of a hang or a stack overflow.
 */
export function parseMarkdownSafely(file: VFile): Root {
  const nesting = deepestNesting(String(file.value ?? ''));
  if (nesting.depth > maxNesting) {
    return refuse(file, `Unexpected nesting ${nesting.depth} levels deep, expected at most ${maxNesting} levels of lists and block quotes`, nesting.line);
  }
  try {
    return parseMarkdown(file);
  } catch (error) {
    const what = error instanceof RangeError ? 'nesting too deep to parse' : 'content the parser could not read';
    return refuse(file, `Unexpected ${what}, expected ordinary Markdown`, 1);
  }
}
