import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import * as api from '../src/index.js';
import {buildRuleIds, configurableSiteIds, defaultSeverities, remarkPresetFolio, ruleIds} from '../src/index.js';

/** The plugin the index exports for a rule: `remarkLint` and the id in PascalCase. */
function pluginOf(id: string): unknown {
  const name = `remarkLint${id.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
  return (api as Record<string, unknown>)[name];
}

describe('rule ids', () => {
  it('should give every rule a plugin, a default severity and a doc', () => {
    for (const id of [...ruleIds, ...buildRuleIds]) {
      expect(pluginOf(id), id).toBeTypeOf('function');
      // The preset runs each rule's plugin, at its default severity.
      expect(remarkPresetFolio.plugins, id).toContainEqual([pluginOf(id), [defaultSeverities[id]]]);
      expect(['warn', 'error']).toContain(defaultSeverities[id]);
      expect(existsSync(join(import.meta.dirname, '../../../docs', `${id}.md`)), id).toBe(true);
    }
  });

  it('should default every rule to error but `image-alt`, `no-alias-link`, `no-unsafe-url` and `content-file`, warnings', () => {
    const warnings = Object.entries(defaultSeverities).filter(([, severity]) => severity === 'warn');
    expect(warnings).toEqual([
      ['image-alt', 'warn'],
      ['no-alias-link', 'warn'],
      ['no-unsafe-url', 'warn'],
      ['content-file', 'warn']
    ]);
    expect(Object.keys(defaultSeverities).sort()).toEqual([...ruleIds, ...buildRuleIds, ...configurableSiteIds].sort());
  });
});
