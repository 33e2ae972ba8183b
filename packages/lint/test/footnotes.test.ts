import {parseMarkdown} from '@folio/core';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {collectFootnotes, findUndefinedCalls} from '../src/footnotes.js';
import {at, removePositions} from './helpers/lint-site.js';

function calls(markdown: string, strip = false) {
  const file = new VFile(markdown);
  const tree = parseMarkdown(file);
  if (strip) removePositions(tree);
  return findUndefinedCalls(tree, file, new Set(collectFootnotes(tree).definitions.keys())).map((call) => `${at(call.position)} ${call.label}`);
}

describe('findUndefinedCalls', () => {
  it('should find calls left as text, where the writer wrote them', () => {
    expect(calls('A *b[^x]* and &amp; [^y] \\[^z] `[^w]`\n\n[^d]: D.')).toEqual(['1:5-1:9 x', '1:21-1:25 y']);
  });

  it('should match labels case-insensitively and skip defined ones', () => {
    expect(calls('A[^Def] and [^def][^other]\n\n[^DEF]: D.')).toEqual(['1:19-1:27 other']);
  });

  it('should still find calls in a tree without positions, without a place', () => {
    expect(calls('A[^x]', true)).toEqual(['no position x']);
  });
});
