import * as v from 'valibot';
import {describe, expect, it} from 'vitest';
import {nodeAt, parseTomlSource, plainValue, parseYamlSource, pathInText, siteValuePosition, validateJson, validateNode, validateYaml} from '../src/index.js';
import {at, report} from './helpers.js';

const numbers = v.object({list: v.array(v.number('Unexpected value, expected a number'))}, 'Unexpected value, expected a mapping');

describe('validateYaml', () => {
  it('should place a problem deep in a list of mappings at the offending value', () => {
    const schema = v.object({nav: v.array(v.object({url: v.pipe(v.string(), v.startsWith('/', 'Unexpected URL, expected a site path'))}))});
    const text = 'nav:\n  - url: /a/\n  - url: /b/\n  - url: "https://x"\n';
    expect(report(validateYaml(schema, text, {ruleId: 'site-config'}).problems)).toEqual(['4:10-4:21: Unexpected URL, expected a site path']);
  });

  it('should place a missing key at the mapping that lacks it, and an empty value at its key', () => {
    const schema = v.object({author: v.object({name: v.string('Unexpected missing name, expected one')}, 'Unexpected missing name, expected one')});
    expect(report(validateYaml(schema, 'author:\n  uri: /me/\n', {ruleId: 'x'}).problems)).toEqual(['2:3-3:1: Unexpected missing name, expected one']);
    expect(report(validateYaml(schema, 'author:\n  name:\n', {ruleId: 'x'}).problems)).toEqual(['2:3-2:7: Unexpected missing name, expected one']);
  });

  it('should report malformed YAML once, where it breaks, with the rule id it is given', () => {
    const {value, problems} = validateYaml(numbers, 'list: []\n\tmore: 1\n', {ruleId: 'site-config', start: {line: 5, column: 1}});
    expect(value).toBeUndefined();
    expect(problems.map((problem) => [problem.ruleId, at(problem.position)])).toEqual([['site-config', '6:1-6:2']]);
  });

  it('should point inside a one-line text value, after its quote', () => {
    const schema = v.pipe(
      v.string(),
      v.rawCheck<string>(({dataset, addIssue}) => {
        if (dataset.typed && dataset.value.includes('!')) addIssue({message: 'Unexpected `!`, expected none', path: pathInText(dataset.value.indexOf('!'), 1)});
      })
    );
    const object = v.object({key: schema});
    expect(report(validateYaml(object, 'key: ab!c', {ruleId: 'x'}).problems)).toEqual(['1:8-1:9: Unexpected `!`, expected none']);
    expect(report(validateYaml(object, "key: 'ab!c'", {ruleId: 'x'}).problems)).toEqual(['1:9-1:10: Unexpected `!`, expected none']);
  });

  it('should report what went wrong inside the option of a union a value got furthest in', () => {
    const schema = v.object({author: v.union([v.string('Unexpected value, expected text'), v.object({email: v.pipe(v.string(), v.includes('@', 'Unexpected email, expected an `@`'))})], 'Unexpected author')});
    expect(report(validateYaml(schema, 'author:\n  email: nobody\n', {ruleId: 'x'}).problems)).toEqual(['2:10-2:16: Unexpected email, expected an `@`']);
    expect(report(validateYaml(schema, 'author: 3\n', {ruleId: 'x'}).problems)).toEqual(['1:9-1:10: Unexpected author']);
  });

  it('should read a key `__proto__` as the writer’s key, never as a prototype', () => {
    const read = plainValue(parseYamlSource('__proto__: {polluted: true}\n', {line: 1, column: 1}).root) as {polluted?: boolean};
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(read.polluted).toBeUndefined();
    expect(validateYaml(v.record(v.string(), v.unknown()), '__proto__: {polluted: true}\n', {ruleId: 'x'}).problems).toEqual([]);
  });

  it('should not expand aliases without end', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let index = 0; index < 12; index++) lines.push(`${String.fromCharCode(98 + index)}: &${String.fromCharCode(98 + index)} [${Array(10).fill(`*${String.fromCharCode(97 + index)}`).join(', ')}]`);
    const {problems} = validateYaml(v.unknown(), lines.join('\n'), {ruleId: 'x'});
    expect(problems.map((problem) => problem.reason)).toEqual(['Unexpected malformed YAML: Excessive alias count indicates a resource exhaustion attack, expected valid YAML']);
  });
});

describe('validateNode over TOML', () => {
  it('should place a problem in a table, an array of tables or a dotted key at its value', () => {
    const document = parseTomlSource('title = "x"\n[extra]\ncount = "three"\n[[links]]\nurl = "/a/"\n[[links]]\nurl = 3\n', {line: 2, column: 1});
    const schema = v.object({extra: v.object({count: v.number('Unexpected count, expected a number')}), links: v.array(v.object({url: v.string('Unexpected url, expected text')}))});
    expect(report(validateNode(schema, document.root, document.position, 'front-matter').problems)).toEqual([
      '4:9-4:16: Unexpected count, expected a number',
      '8:7-8:8: Unexpected url, expected text'
    ]);
    const dotted = parseTomlSource('a.b.c = 1\n', {line: 1, column: 1});
    expect(at(nodeAt(dotted.root, ['a', 'b', 'c'])?.position)).toBe('1:9-1:10');
  });
});

describe('validateJson', () => {
  it('should read valid JSON and give the value', () => {
    expect(validateJson(numbers, '{"list": [1, 2]}', {ruleId: 'x', expected: 'a list'})).toEqual({value: {list: [1, 2]}, problems: []});
  });

  it('should place a problem at the offending value', () => {
    expect(report(validateJson(numbers, '{\n  "list": [\n    1,\n    2,\n    "three"\n  ]\n}\n', {ruleId: 'x', expected: 'a list'}).problems)).toEqual([
      '5:5-5:12: Unexpected value, expected a number'
    ]);
  });

  it('should report malformed JSON where it breaks, never throw', () => {
    const {value, problems} = validateJson(numbers, '{\n  "list": [1, 2\n}\n', {ruleId: 'cache', expected: 'a cache file'});
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^Unexpected malformed JSON \(.+\), expected a cache file$/);
    expect(at(problems[0]?.position)).toBe('3:1-3:2');
  });
});

describe('parseYamlSource', () => {
  it('should keep where every value of a nested mapping or list is', () => {
    const {root} = parseYamlSource('rules:\n  no-missing-anchor: warn\n  some-rule: [error, {x: 1}]\n', {line: 1, column: 1});
    expect(at(nodeAt(root, ['rules', 'some-rule'])?.position)).toBe('3:14-3:29');
    expect(at(nodeAt(root, ['rules', 'some-rule', 1, 'x'])?.position)).toBe('3:26-3:27');
  });

  it('should give siteValuePosition for a rule setting and a nav link', () => {
    const source = 'title: T\nrules:\n  some-rule: warn\nnav:\n  - {title: A, url: /a/}\n  - {title: B, url: /b/}\n  - {title: C, url: /c/}\n';
    expect(at(siteValuePosition(source, ['rules', 'some-rule']))).toBe('3:14-3:18');
    expect(at(siteValuePosition(source, ['nav', 2, 'url']))).toBe('7:21-7:24');
    expect(siteValuePosition(source, ['nav', 3])).toBeUndefined();
  });
});
