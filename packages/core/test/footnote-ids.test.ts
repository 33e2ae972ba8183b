import {describe, expect, it} from 'vitest';
import {footnoteDefinitionId, footnoteLabel, footnoteReferenceId} from '../src/index.js';

const patterns = {definition: 'fn:{label}', reference: 'fnref:{label}'};

describe('footnoteLabel', () => {
  it('should trim the label and join its words with `-`', () => {
    expect(footnoteLabel(' My  Note ')).toBe('My-Note');
    expect(footnoteLabel('1')).toBe('1');
  });
});

describe('footnoteDefinitionId', () => {
  it('should put the label into the pattern', () => {
    expect(footnoteDefinitionId(patterns, '1')).toBe('fn:1');
    expect(footnoteDefinitionId({definition: 'fn-{label}', reference: 'fnref-{label}'}, 'a b')).toBe('fn-a-b');
  });
});

describe('footnoteReferenceId', () => {
  it('should give the first reference the plain id', () => {
    expect(footnoteReferenceId(patterns, '1')).toBe('fnref:1');
    expect(footnoteReferenceId(patterns, '1', 1)).toBe('fnref:1');
  });

  it('should suffix later references with their count', () => {
    expect(footnoteReferenceId(patterns, '1', 2)).toBe('fnref:1-2');
    expect(footnoteReferenceId(patterns, 'a b', 3)).toBe('fnref:a-b-3');
  });

  it('should replace every `{label}` in the pattern', () => {
    expect(footnoteReferenceId({definition: 'd-{label}', reference: 'r-{label}-{label}'}, 'x')).toBe('r-x-x');
  });
});
