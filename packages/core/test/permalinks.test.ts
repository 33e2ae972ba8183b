import {describe, expect, it} from 'vitest';
import {mergePermalinks, readPermalinks, serializePermalinks, type PermalinkManifest} from '../src/index.js';
import {at} from './helpers.js';

const manifest: PermalinkManifest = {
  version: 1,
  urls: {
    '/2013/01/14/cap/': {anchors: ['cap', 'fn:1'], feedId: 'tag:example.com,2013:cap', source: 'posts/2013-01-14-cap.md'},
    '/about/': {anchors: []}
  }
};

describe('serializePermalinks', () => {
  it('should write sorted keys and anchors, two-space indent and a final newline', () => {
    const text = serializePermalinks({
      version: 1,
      urls: {'/z/': {anchors: ['b', 'a', 'b']}, '/a/': {anchors: []}},
      retired: {'/z/#old': 'merged', '/gone/': 'removed'}
    });
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "urls": {',
        '    "/a/": {',
        '      "anchors": []',
        '    },',
        '    "/z/": {',
        '      "anchors": [',
        '        "a",',
        '        "b"',
        '      ]',
        '    }',
        '  },',
        '  "retired": {',
        '    "/gone/": "removed",',
        '    "/z/#old": "merged"',
        '  }',
        '}',
        ''
      ].join('\n')
    );
  });
});

describe('readPermalinks', () => {
  it('should read what serializePermalinks writes', () => {
    const {recorded, problems} = readPermalinks(serializePermalinks(manifest));
    expect(problems).toEqual([]);
    expect(recorded?.manifest).toEqual(manifest);
  });

  it('should locate URLs, anchors and feed ids in the file', () => {
    const {recorded} = readPermalinks(serializePermalinks(manifest));
    const positions = recorded?.positions;
    expect(at(positions?.get('/2013/01/14/cap/'))).toBe('4:5-4:23');
    expect(at(positions?.get('/2013/01/14/cap/#cap'))).toBe('6:9-6:14');
    expect(at(positions?.get('/2013/01/14/cap/#fn:1'))).toBe('7:9-7:15');
    expect(at(positions?.get('tag:example.com,2013:cap'))).toBe('9:17-9:43');
    expect(at(positions?.get('/about/'))).toBe('12:5-12:14');
  });

  it('should report malformed JSON, never throw', () => {
    const {recorded, problems} = readPermalinks('{"version": 1,');
    expect(recorded).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('stable-permalinks');
    expect(problems[0]?.reason).toMatch(/^Unexpected malformed JSON \(.+\), expected the manifest the build writes$/);
  });

  it('should report a manifest of another shape or version', () => {
    for (const text of ['[]', 'null', '{"version": 2, "urls": {}}', '{"version": 1}']) {
      const {recorded, problems} = readPermalinks(text);
      expect(recorded, text).toBeUndefined();
      expect(problems.map((problem) => problem.reason)).toEqual([
        'Unexpected manifest shape, expected `{"version": 1, "urls": {…}}`'
      ]);
    }
  });

  it('should report a bad entry and keep the good ones', () => {
    const {recorded, problems} = readPermalinks('{"version": 1, "urls": {"/a/": {"anchors": [1]}, "/b/": {"anchors": ["x"]}}}');
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected entry for `/a/`, expected `{"anchors": [...], "feedId"?: "…"}`'
    ]);
    expect(recorded?.manifest.urls).toEqual({'/b/': {anchors: ['x']}});
  });

  it('should report a retirement without a reason', () => {
    const {recorded, problems} = readPermalinks('{"version": 1, "urls": {}, "retired": {"/old/": " ", "/gone/": "merged"}}');
    expect(problems.map((problem) => problem.reason)).toEqual([
      'Unexpected retirement of `/old/` without a reason, expected `"/old/": "why it was removed"`'
    ]);
    expect(recorded?.manifest.retired).toEqual({'/gone/': 'merged'});
  });
});

describe('readPermalinks positions', () => {
  const text = ['{', '  "version": 1,', '  "urls": {', '    "/a/": {"anchors": ["x", 2]},', '    "/b/": {"feedId": "f"},', '    "/c/": {"anchors": []}', '  },', '  "retired": {"/old/": ""}', '}', ''].join('\n');

  it('should report a bad entry at what is wrong in it, a missing key at the entry', () => {
    const {recorded, problems} = readPermalinks(text);
    expect(problems.map((problem) => `${at(problem.position)}: ${problem.reason}`)).toEqual([
      '4:30-4:31: Unexpected entry for `/a/`, expected `{"anchors": [...], "feedId"?: "…"}`',
      '5:12-5:27: Unexpected entry for `/b/`, expected `{"anchors": [...], "feedId"?: "…"}`',
      '8:24-8:26: Unexpected retirement of `/old/` without a reason, expected `"/old/": "why it was removed"`'
    ]);
    expect(recorded?.manifest.urls).toEqual({'/c/': {anchors: []}});
  });

  it('should report malformed JSON where it breaks', () => {
    const {problems} = readPermalinks('{\n  "version": 1,\n  "urls": {,}\n}\n');
    expect(at(problems[0]?.position)).toBe('3:12-3:13');
  });

  it('should report another version at the version', () => {
    const {problems} = readPermalinks('{\n  "version": 2,\n  "urls": {}\n}\n');
    expect(problems.map((problem) => at(problem.position))).toEqual(['2:14-2:15']);
  });
});

describe('mergePermalinks', () => {
  it('should only grow: keep recorded URLs and anchors, add published ones', () => {
    const merged = mergePermalinks(
      {version: 1, urls: {'/old/': {anchors: ['a']}, '/cap/': {anchors: ['cap', 'old-cap'], feedId: 'first'}}},
      {version: 1, urls: {'/cap/': {anchors: ['cap', 'new'], feedId: 'second', source: 'posts/cap.md'}, '/new/': {anchors: []}}}
    );
    expect(merged).toEqual({
      version: 1,
      urls: {
        '/cap/': {anchors: ['cap', 'new', 'old-cap'], feedId: 'first', source: 'posts/cap.md'},
        '/new/': {anchors: []},
        '/old/': {anchors: ['a']}
      }
    });
    expect(Object.keys(merged.urls)).toEqual(['/cap/', '/new/', '/old/']);
  });

  it('should keep retirements from the record', () => {
    expect(mergePermalinks({version: 1, urls: {}, retired: {'/x/': 'why'}}, {version: 1, urls: {}}).retired).toEqual({'/x/': 'why'});
  });

  it('should start from nothing without a record', () => {
    expect(mergePermalinks(undefined, manifest)).toEqual(manifest);
  });
});
