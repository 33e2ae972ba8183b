import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {docsUrl, type RuleId} from '../../src/index.js';
import {fixtures, lintSite, removePositions, report} from './lint-site.js';

/**
 * The tests every rule gets, over its fixture site `fixtures/<rule-id>/`:
 * `posts/ok.md` is clean under every rule; the rule reports exactly
 * `expected` (per file, `line:column-line:column: reason`); and a run on
 * trees without positions does not crash.
 */
export function testRule(ruleId: RuleId, expected: Record<string, string[]>): void {
  const dir = join(fixtures, ruleId);
  describe(ruleId, () => {
    it('should report nothing on `ok.md`', async () => {
      const {files} = await lintSite(dir);
      expect(files.has('posts/ok.md')).toBe(true);
      expect(report(files.get('posts/ok.md'))).toEqual([]);
    });

    it('should report exactly what is wrong in `not-ok.md`', async () => {
      const {files} = await lintSite(dir);
      const actual: Record<string, string[]> = {};
      for (const [path, file] of files) {
        const lines = report(file, ruleId);
        if (lines.length > 0) actual[path] = lines;
      }
      expect(actual).toEqual(expected);
      const messages = [...files.values()].flatMap((file) => file.messages).filter((message) => message.ruleId === ruleId);
      for (const message of messages) {
        expect({source: message.source, url: message.url}).toEqual({source: 'folio', url: docsUrl(ruleId)});
      }
    });

    it('should not crash on trees without positions', async () => {
      const {files} = await lintSite(dir, {transform: removePositions});
      expect(files.size).toBeGreaterThan(0);
    });
  });
}
