import {describe, expect, it} from 'vitest';
import {planFootnotes} from '@folio/core';
import {createTestSite, post} from './site.js';

function plan(markdown: string) {
  const tree = createTestSite({'posts/a.md': post(markdown)}).trees.get('posts/a.md');
  if (!tree) throw new Error('missing tree');
  return planFootnotes(tree);
}

describe('planFootnotes', () => {
  it('should keep the first definition of each referenced note, in document order', () => {
    const result = plan('A[^b] B[^a]\n\n[^a]: First a.\n[^unused]: U.\n[^b]: B.\n[^a]: Second a.\n');
    expect([...result.definitions.keys()]).toEqual(['a', 'b']);
    expect(result.definitions.get('a')?.position?.start.line).toBe(8);
  });

  it('should count the references to each note in document order', () => {
    const result = plan('A[^1] B[^2] C[^1]\n\n[^1]: One, see[^1].\n[^2]: Two.\n');
    expect([...result.occurrences.entries()].map(([node, count]) => [node.identifier, count])).toEqual([
      ['1', 1],
      ['2', 1],
      ['1', 2],
      ['1', 3]
    ]);
  });

  it('should plan nothing without footnotes', () => {
    const result = plan('No notes.');
    expect(result.definitions.size).toBe(0);
    expect(result.occurrences.size).toBe(0);
  });
});
