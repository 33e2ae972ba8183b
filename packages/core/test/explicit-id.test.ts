import {describe, expect, it} from 'vitest';
import {findExplicitId} from '../src/index.js';

describe('findExplicitId', () => {
  it('should find a trailing `{#id}` with its offsets', () => {
    expect(findExplicitId('CAP {#cap}')).toEqual({id: 'cap', aliases: [], index: 4, end: 10});
  });

  it('should read ids after the first as aliases', () => {
    expect(findExplicitId('CAP {#cap #old #older}')).toEqual({id: 'cap', aliases: ['old', 'older'], index: 4, end: 22});
  });

  it('should allow several spaces or tabs between ids', () => {
    expect(findExplicitId('CAP {#cap  #old\t#older}')).toEqual({
      id: 'cap',
      aliases: ['old', 'older'],
      index: 4,
      end: 23
    });
  });

  it('should find `{#}` as an empty id, for a rule to report', () => {
    expect(findExplicitId('CAP {#}')).toEqual({id: '', aliases: [], index: 4, end: 7});
  });

  it('should find nothing when text follows the braces', () => {
    expect(findExplicitId('CAP {#cap} theorem')).toBeUndefined();
  });

  it('should find nothing without the `#`', () => {
    expect(findExplicitId('CAP {cap}')).toBeUndefined();
  });

  it('should find nothing when an id is split by a space without `#`', () => {
    expect(findExplicitId('CAP {#cap theorem}')).toBeUndefined();
    expect(findExplicitId('CAP {# }')).toBeUndefined();
  });

  it('should ignore trailing spaces and tabs, which stay outside `end`', () => {
    expect(findExplicitId('CAP {#cap}   ')).toEqual({id: 'cap', aliases: [], index: 4, end: 10});
    expect(findExplicitId('CAP {#cap}\t')).toEqual({id: 'cap', aliases: [], index: 4, end: 10});
  });

  it('should find an id with no space before it, or that is the whole text', () => {
    expect(findExplicitId('CAP{#cap}')).toEqual({id: 'cap', aliases: [], index: 3, end: 9});
    expect(findExplicitId('{#cap}')).toEqual({id: 'cap', aliases: [], index: 0, end: 6});
  });

  it('should take only the last of two braces, leaving the first in the text', () => {
    const found = findExplicitId('CAP {#a}{#b}');
    expect(found).toEqual({id: 'b', aliases: [], index: 8, end: 12});
  });

  it('should keep punctuation and letters outside ASCII in ids', () => {
    expect(findExplicitId('Café {#café:1.2}')?.id).toBe('café:1.2');
  });

  it('should give offsets that slice out exactly the braces', () => {
    const text = 'The CAP theorem {#cap #old}';
    const found = findExplicitId(text);
    expect(found && text.slice(found.index, found.end)).toBe('{#cap #old}');
  });
});
