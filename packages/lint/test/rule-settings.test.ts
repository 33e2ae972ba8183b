import {readSiteConfig} from '@folio/core';
import {describe, expect, it} from 'vitest';
import {createLinter, readRuleSettings} from '../src/index.js';

const {config: site} = readSiteConfig('title: T\nbaseUrl: https://example.com\nauthor: A\ntimeZone: UTC\n');
if (!site) throw new Error('Unexpected invalid test site');

describe('readRuleSettings', () => {
  it('should read severities and `[severity, options]`', () => {
    const rules = {
      'image-alt': 'error',
      'no-missing-anchor': ['off'],
      'section-permalink': ['warn', {requireExplicitIds: true}],
      'stable-permalinks': 'warn'
    };
    const {settings, problems} = readRuleSettings(rules);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(settings)).toEqual({
      'image-alt': {severity: 'error'},
      'no-missing-anchor': {severity: 'off'},
      'section-permalink': {severity: 'warn', options: {requireExplicitIds: true}},
      'stable-permalinks': {severity: 'warn'}
    });
    // The linter of a site with these settings reports at them, and at the default otherwise.
    const linter = createLinter({...site!, rules});
    expect(linter.severity('image-alt')).toBe('error');
    expect(linter.severity('front-matter')).toBe('error');
  });

  it('should name a known id that cannot be set as such, not as unknown', () => {
    const {settings, problems} = readRuleSettings({theme: 'warn', parse: 'off', 'content-file': 'off'});
    expect([...settings.keys()]).toEqual(['content-file']);
    expect(problems).toEqual([
      {ruleId: 'site-config', reason: 'Unexpected rule `parse` in `rules`, expected a rule whose severity can be set: `parse` reports what no setting makes publishable'},
      {ruleId: 'site-config', reason: 'Unexpected rule `theme` in `rules`, expected a rule whose severity can be set: `theme` reports what no setting makes publishable'}
    ]);
  });

  it('should report unknown rules and bad values, sorted by rule id', () => {
    const {settings, problems} = readRuleSettings({
      'image-alt': true,
      'front-matter': ['error', {}, 'extra'],
      'no-such-rule': 'off',
      'section-permalink': ['warn', {requireExplicitIds: 1}],
      'no-missing-target': [2]
    });
    expect(settings.size).toBe(0);
    expect(problems).toEqual([
      {ruleId: 'site-config', reason: 'Unexpected value `["error",{},"extra"]` for rule `front-matter`, expected `off`, `warn`, `error`, or `[severity, {options}]`'},
      {ruleId: 'site-config', reason: 'Unexpected value `true` for rule `image-alt`, expected `off`, `warn`, `error`, or `[severity, {options}]`'},
      {ruleId: 'site-config', reason: 'Unexpected value `[2]` for rule `no-missing-target`, expected `off`, `warn`, `error`, or `[severity, {options}]`'},
      {ruleId: 'site-config', reason: 'Unexpected rule `no-such-rule` in `rules`, expected a known rule id'},
      {ruleId: 'site-config', reason: 'Unexpected value `1` for option `requireExplicitIds` of `section-permalink`, expected `true` or `false`'}
    ]);
  });
});
