import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixtures, lintSite, report} from './helpers/lint-site.js';

const dir = join(fixtures, 'configuration');

async function notOk(rules?: Record<string, unknown>) {
  const {files, linter} = await lintSite(dir, rules ? {rules} : {});
  const file = files.get('posts/not-ok.md');
  const messages = [...(file?.messages ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const lines = messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.fatal ? 'error' : 'warning'}`);
  return {file, lines, linter};
}

describe('createLinter', () => {
  it('should report at default severities, and honour `lint disable`, `enable` and `ignore` comments', async () => {
    const {lines} = await notOk();
    expect(lines).toEqual([
      '8:5 no-missing-anchor error',
      '8:25 image-alt warning',
      '16:5 no-missing-anchor error',
      '22:5 no-missing-anchor error',
      '22:27 image-alt warning'
    ]);
  });

  it('should turn a rule off', async () => {
    const {lines, linter} = await notOk({'no-missing-anchor': 'off'});
    expect(lines).toEqual(['8:25 image-alt warning', '22:27 image-alt warning']);
    expect(linter.enabled('no-missing-anchor')).toBe(false);
    expect(linter.severity('no-missing-anchor')).toBe('off');
  });

  it('should make errors warnings and warnings errors', async () => {
    const {lines, linter} = await notOk({'no-missing-anchor': 'warn', 'image-alt': ['error']});
    expect(lines).toEqual([
      '8:5 no-missing-anchor warning',
      '8:25 image-alt error',
      '16:5 no-missing-anchor warning',
      '22:5 no-missing-anchor warning',
      '22:27 image-alt error'
    ]);
    expect(linter.severity('image-alt')).toBe('error');
    expect(linter.enabled('stable-permalinks')).toBe(true);
  });

  it('should pass options from `site.yaml` to the rule', async () => {
    const {files} = await lintSite(dir, {rules: {'section-permalink': ['warn', {requireExplicitIds: true}]}});
    expect(report(files.get('posts/ok.md'))).toEqual([
      '6:1-6:9: Unexpected heading without an explicit id, expected one after its text such as `{#intro}`'
    ]);
    expect(files.get('posts/ok.md')?.messages[0]?.fatal).toBe(false);
  });

  it('should list bad settings as problems, and keep the defaults for them', async () => {
    const {lines, linter} = await notOk({
      'no-missing-anchr': 'off',
      'image-alt': 'loud',
      'section-permalink': ['error', {requireExplicitIDs: true}],
      'no-missing-target': ['warn', {requireExplicitIds: 'yes'}],
      'front-matter': ['error', 3]
    });
    expect(linter.problems.map((problem) => problem.reason)).toEqual([
      'Unexpected value `3` for the options of `front-matter`, expected a mapping of options',
      'Unexpected value `loud` for rule `image-alt`, expected `off`, `warn`, `error`, or `[severity, {options}]`',
      'Unexpected rule `no-missing-anchr` in `rules`, expected a known rule id; did you mean `no-missing-anchor`?',
      'Unexpected option `requireExplicitIds` for `no-missing-target`, expected no options',
      'Unexpected option `requireExplicitIDs` for `section-permalink`, expected one of `requireExplicitIds`'
    ]);
    expect(linter.problems.every((problem) => problem.ruleId === 'site-config')).toBe(true);
    expect(lines).toHaveLength(5);
  });
});
