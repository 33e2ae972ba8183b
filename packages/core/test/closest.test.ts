import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {closest, editDistance, visibleInMessage} from '../src/index.js';

describe('editDistance', () => {
  it('should count insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  it('should suggest the candidate one edit away', () => {
    expect(closest('tittle', ['title', 'date', 'description'])).toBe('title');
    expect(closest('desciption', ['title', 'date', 'description'])).toBe('description');
  });

  it('should suggest nothing when every candidate is too far', () => {
    expect(closest('colour', ['title', 'date', 'description'])).toBeUndefined();
    expect(closest('ab', ['cd'])).toBeUndefined();
  });

  it('should suggest nothing for an exact match, which is no typo', () => {
    expect(closest('title', ['title'])).toBeUndefined();
  });

  it('should suggest nothing without candidates', () => {
    expect(closest('intro', [])).toBeUndefined();
  });

  it('should suggest a candidate the value is a prefix of, when at least a third as long', () => {
    expect(closest('fail', ['failure', 'success'])).toBe('failure');
    expect(closest('cap', ['cap-theorem-and-its-consequences'])).toBeUndefined();
  });

  it('should suggest a candidate that is a prefix of the value, when at least a third as long', () => {
    expect(closest('introduction', ['intro', 'outro'])).toBe('intro');
    expect(closest('introduction-to-it', ['intro', 'outro'])).toBeUndefined();
  });

  it('should not let a short prefix beat a closer candidate', () => {
    expect(closest('failure', ['fail', 'failures'])).toBe('failures');
    expect(closest('/2013/01/14/notes/', ['/', '/2013/01/14/notes-x/'])).toBe('/2013/01/14/notes-x/');
  });

  it('should count two swapped letters as one typo', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(closest('titel', ['title', 'date'])).toBe('title');
  });

  it('should break ties alphabetically, whatever the order of the candidates', () => {
    expect(closest('abc', ['abe', 'abd'])).toBe('abd');
    expect(closest('abc', ['abd', 'abe'])).toBe('abd');
    expect(closest('cap', ['capy', 'capx'])).toBe('capx');
  });

  it('should prefer the nearer candidate to the alphabetically first', () => {
    expect(closest('abcdef', ['abcdxy', 'zbcdef'])).toBe('zbcdef');
  });

  it('should count a prefix as one edit, so it ties with a one-letter typo', () => {
    expect(closest('draftt', ['drafts', 'draft'])).toBe('draft');
    expect(closest('slugg', ['sluggish', 'slug'])).toBe('slug');
  });

  it('should accept any iterable of candidates', () => {
    expect(closest('tittle', new Set(['title']))).toBe('title');
  });
});

describe('editDistance with a cap', () => {
  it('should agree with the full distance up to the cap, and say "more" past it', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12});
    fc.assert(
      fc.property(word, word, fc.nat({max: 8}), (a, b, cap) => {
        const full = editDistance(a, b);
        const capped = editDistance(a, b, cap);
        return full <= cap ? capped === full : capped === cap + 1;
      }),
      {numRuns: 3000, seed: 7}
    );
  });

  it('should pick what the uncapped search picks', () => {
    const naive = (value: string, candidates: string[]): string | undefined => {
      const scored = candidates.flatMap((candidate) => {
        if (candidate === value) return [];
        const [shorter, longer] = value.length <= candidate.length ? [value, candidate] : [candidate, value];
        const prefix = shorter.length >= 3 && longer.startsWith(shorter) && shorter.length * 3 >= longer.length;
        const score = editDistance(value, candidate);
        return !prefix && score > Math.max(1, Math.floor(longer.length / 3)) ? [] : [{candidate, score}];
      });
      scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : 1));
      return scored[0]?.candidate;
    };
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9});
    fc.assert(
      fc.property(word, fc.array(word, {maxLength: 12}), (value, candidates) => closest(value, candidates) === naive(value, candidates)),
      {numRuns: 3000, seed: 11}
    );
  });
});

describe('visibleInMessage', () => {
  it('should percent-encode characters that render as nothing, and keep the rest', () => {
    expect(visibleInMessage('librarification-initiatives-\uFE0F')).toBe('librarification-initiatives-%EF%B8%8F');
    expect(visibleInMessage('a\u200Db\u200Bc\u00ADd\u200Ee')).toBe('a%E2%80%8Db%E2%80%8Bc%C2%ADd%E2%80%8Ee');
    expect(visibleInMessage('café-ünï-日本-e\u0301')).toBe('café-ünï-日本-e\u0301');
  });

  it('should give what decodes back to the id', () => {
    const id = 'love-\uFE0F-👨\u200D👩';
    expect(decodeURIComponent(visibleInMessage(id))).toBe(id);
  });
});
