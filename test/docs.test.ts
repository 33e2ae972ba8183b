import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {buildRuleIds, docsUrl, ruleIds} from '@folio/lint';
import {describe, expect, it} from 'vitest';

const root = resolve(import.meta.dirname, '..');
// Ids the build and the CLI report besides the lint rules: see the README's changelog.
const otherIds = ['site-config', 'encoding', 'file-too-large', 'parse', 'no-duplicate-output', 'no-duplicate-feed-id', 'content-file', 'theme', 'lint-comment'];

describe('rule docs', () => {
  it('should have a page in docs/ for every id a message can carry', () => {
    for (const id of [...ruleIds, ...buildRuleIds, ...otherIds]) {
      expect(existsSync(join(root, 'docs', `${id}.md`)), id).toBe(true);
      expect(docsUrl(id).endsWith(`/docs/${id}.md`)).toBe(true);
    }
  });

  it('should link every message of every whole-site fixture to an existing page', () => {
    const sites = join(root, 'test/fixtures/sites');
    for (const name of readdirSync(sites)) {
      const messages = JSON.parse(readFileSync(join(sites, name, 'expected.json'), 'utf8')) as Array<{ruleId: string; url?: string}>;
      for (const message of messages) {
        expect(message.url, `${name}: ${message.ruleId}`).toBe(docsUrl(message.ruleId));
        expect(existsSync(join(root, 'docs', `${message.ruleId}.md`))).toBe(true);
      }
    }
  });
});
