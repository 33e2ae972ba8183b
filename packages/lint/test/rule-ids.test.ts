import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildRuleIds, defaultSeverities, ruleIds} from '../src/index.js';
import {rulePlugins} from '../src/rule-plugins.js';

describe('rule ids', () => {
  it('should give every rule a plugin, a default severity and a doc', () => {
    for (const id of ruleIds) {
      expect(rulePlugins[id], id).toBeTypeOf('function');
      expect(['warn', 'error']).toContain(defaultSeverities[id]);
      expect(existsSync(join(import.meta.dirname, '../../../docs', `${id}.md`)), id).toBe(true);
    }
  });

  it('should default every rule to error but `image-alt`, `no-alias-link` and `no-unsafe-url`, warnings', () => {
    const warnings = Object.entries(defaultSeverities).filter(([, severity]) => severity === 'warn');
    expect(warnings).toEqual([
      ['image-alt', 'warn'],
      ['no-alias-link', 'warn'],
      ['no-unsafe-url', 'warn']
    ]);
    expect(Object.keys(defaultSeverities).sort()).toEqual([...ruleIds, ...buildRuleIds].sort());
  });
});
