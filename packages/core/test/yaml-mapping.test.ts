import {describe, expect, it} from 'vitest';
import {readYamlMapping} from '../src/index.js';
import {at, frontMatter, report} from './helpers.js';

describe('readYamlMapping', () => {
  it('should read every key with the positions of its key and value', () => {
    const mapping = frontMatter('title: Hello\ndate: 2013-01-14\n');
    expect(mapping.problems).toEqual([]);
    expect([...mapping.fields.keys()]).toEqual(['title', 'date']);
    const title = mapping.fields.get('title');
    expect(title?.value).toBe('Hello');
    expect(title?.scalar).toBe(true);
    expect(at(title?.keyPosition)).toBe('2:1-2:6');
    expect(at(title?.valuePosition)).toBe('2:8-2:13');
    expect(at(mapping.fields.get('date')?.valuePosition)).toBe('3:7-3:17');
  });

  it('should give plain values: numbers, booleans, null', () => {
    const mapping = frontMatter('n: 42\nb: true\nz: ~\nempty:\ns: "42"\n');
    expect(Object.fromEntries([...mapping.fields].map(([key, field]) => [key, field.value]))).toEqual({
      n: 42,
      b: true,
      z: null,
      empty: null,
      s: '42'
    });
    expect([...mapping.fields.values()].every((field) => field.scalar)).toBe(true);
  });

  it('should place an empty value just after its key', () => {
    const mapping = frontMatter('title: x\ndate:\n');
    expect(at(mapping.fields.get('date')?.valuePosition)).toBe('3:6-3:6');
  });

  it('should read sequences with the position of every item', () => {
    const mapping = frontMatter('tags: [a, b]\nlist:\n  - x\n  - "y"\n');
    const tags = mapping.fields.get('tags');
    expect(tags?.value).toEqual(['a', 'b']);
    expect(tags?.scalar).toBe(false);
    expect(tags?.itemPositions.map(at)).toEqual(['2:8-2:9', '2:11-2:12']);
    const list = mapping.fields.get('list');
    expect(list?.value).toEqual(['x', 'y']);
    expect(list?.itemPositions.map(at)).toEqual(['4:5-4:6', '5:5-5:8']);
  });

  it('should read a nested mapping as a plain object that is not a scalar', () => {
    const field = frontMatter('author:\n  name: Jeff\n').fields.get('author');
    expect(field?.value).toEqual({name: 'Jeff'});
    expect(field?.scalar).toBe(false);
  });

  it('should resolve YAML aliases to the value of their anchor', () => {
    const mapping = frontMatter('date: &day 2013-01-14\nupdated: *day\nlist: &l [a, b]\nagain: *l\n');
    expect(mapping.problems).toEqual([]);
    const updated = mapping.fields.get('updated');
    expect(updated?.value).toBe('2013-01-14');
    expect(updated?.scalar).toBe(true);
    expect(at(updated?.valuePosition)).toBe('3:10-3:14');
    expect(mapping.fields.get('again')?.value).toEqual(['a', 'b']);
  });

  it('should report an unterminated flow sequence once, with a position, without throwing', () => {
    const mapping = frontMatter('title: [a, b\ndate: 2013-01-14\n');
    expect(mapping.fields.size).toBe(0);
    expect(mapping.problems).toHaveLength(1);
    expect(mapping.problems[0]?.ruleId).toBe('front-matter');
    expect(mapping.problems[0]?.reason).toMatch(/^Unexpected malformed YAML: .+, expected valid YAML$/);
    expect(mapping.problems[0]?.position?.start.line).toBeGreaterThanOrEqual(2);
  });

  it('should report an unterminated quote once, where the line ends', () => {
    expect(report(frontMatter('title: "abc').problems)).toEqual([
      '2:12-2:12: Unexpected malformed YAML: Missing closing "quote, expected valid YAML'
    ]);
  });

  it('should report bad indentation once, at the offending line', () => {
    const mapping = frontMatter('title: a\n  date: b\n');
    expect(mapping.problems).toHaveLength(1);
    expect(mapping.problems[0]?.position?.start.line).toBe(2);
    expect(mapping.problems[0]?.reason).toMatch(/^Unexpected malformed YAML: /);
  });

  it('should report misaligned keys of a nested mapping once, at the misaligned key', () => {
    expect(report(frontMatter('a:\n  b: 1\n c: 2\n').problems)).toEqual([
      '4:1-4:2: Unexpected malformed YAML: All mapping items must start at the same column, expected valid YAML'
    ]);
  });

  it('should report a duplicate key once, at the second occurrence', () => {
    const mapping = frontMatter('title: Hello\ntitle: Again\ndate: 2013-01-14\n');
    expect(report(mapping.problems)).toEqual([
      '3:1-3:2: Unexpected malformed YAML: Map keys must be unique, expected valid YAML'
    ]);
    expect(mapping.fields.size).toBe(0);
  });

  it('should report a tab used as indentation', () => {
    expect(report(frontMatter('\tkey: v').problems)).toEqual([
      '2:1-2:2: Unexpected malformed YAML: Tabs are not allowed as indentation, expected valid YAML'
    ]);
  });

  it('should report a second document', () => {
    const problems = frontMatter('a: 1\n---\nb: 2\n').problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.position?.start.line).toBe(3);
  });

  it('should report a list instead of a mapping', () => {
    expect(report(frontMatter('- a\n- b').problems)).toEqual([
      '2:1-3:4: Unexpected front matter that is not a mapping, expected `key: value` lines'
    ]);
  });

  it('should report a scalar instead of a mapping', () => {
    expect(report(frontMatter('hello').problems)).toEqual([
      '2:1-2:6: Unexpected front matter that is not a mapping, expected `key: value` lines'
    ]);
    expect(frontMatter('42').problems).toHaveLength(1);
  });

  it('should read an empty block, blank lines, a comment or `~` as no fields and no problems', () => {
    for (const text of ['', '\n', '# just a comment\n', '~']) {
      const mapping = frontMatter(text);
      expect(mapping.fields.size).toBe(0);
      expect(mapping.problems).toEqual([]);
    }
  });

  it('should report keys that are not names, and keep the others', () => {
    const mapping = frontMatter('1: x\ntrue: y\ntitle: z\n');
    expect(report(mapping.problems)).toEqual([
      '2:1-2:2: Unexpected key that is not a plain name, expected a name',
      '3:1-3:5: Unexpected key that is not a plain name, expected a name'
    ]);
    expect([...mapping.fields.keys()]).toEqual(['title']);
  });

  it('should give the position of the whole block', () => {
    expect(at(frontMatter('a: 1\nb: 2').position)).toBe('2:1-3:5');
  });

  it('should carry the rule id it is given', () => {
    expect(readYamlMapping('- a', {line: 1, column: 1}, 'site-config').problems[0]?.ruleId).toBe('site-config');
  });

  it('should place a block that starts mid-line, with offsets', () => {
    const field = readYamlMapping('k: v\nl: w', {line: 1, column: 5, offset: 4}, 'x').fields;
    expect(field.get('k')?.valuePosition).toEqual({
      start: {line: 1, column: 8, offset: 7},
      end: {line: 1, column: 9, offset: 8}
    });
    expect(field.get('l')?.keyPosition.start).toEqual({line: 2, column: 1, offset: 9});
  });
});
