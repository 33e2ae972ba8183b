import {join} from 'node:path';
import {collectFacts, createSiteIndex, parseMarkdown} from '@folio/core';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {assertRuleOptions, checkRuleOptions} from '../src/rule-options.js';
import {remarkLintSectionPermalink} from '../src/index.js';
import {fixtures, readFixtureSite} from './helpers/lint-site.js';

describe('rule options', () => {
  it('should accept known options of the right type', () => {
    expect(checkRuleOptions('section-permalink', {requireExplicitIds: false})).toEqual([]);
    expect(assertRuleOptions('section-permalink', undefined)).toEqual({});
  });

  it('should fail loudly on bad options given to a plugin directly', () => {
    expect(() => assertRuleOptions('image-alt', {strict: true})).toThrow('Unexpected option `strict` for `image-alt`, expected no options');
    expect(() => assertRuleOptions('section-permalink', 'yes')).toThrow('Unexpected value `"yes"` for the options of `section-permalink`, expected an object');
  });

  it('should turn a bad option into a fatal message on the file, and honour a good one', async () => {
    const site = await readFixtureSite(join(fixtures, 'section-permalink'));
    const lint = async (options: unknown) => {
      const file = new VFile({path: 'posts/a.md', value: '---\ntitle: A\ndate: 2020-01-01\n---\n\n## Heading\n'});
      const tree = parseMarkdown(file);
      file.data.folioFacts = collectFacts(tree, 'posts/a.md', site);
      file.data.folioSite = createSiteIndex(site, [file.data.folioFacts]);
      await unified()
        .use(remarkLintSectionPermalink, ['error', options as never])
        .run(tree, file)
        .catch(() => undefined);
      return file.messages.map((message) => `${message.fatal ? 'error' : 'warning'}: ${message.reason}`);
    };
    expect(await lint({requireExplicitIds: 'always'})).toEqual([
      'error: Unexpected value `"always"` for option `requireExplicitIds` of `section-permalink`, expected `true` or `false`'
    ]);
    expect(await lint({requireExplicitIds: true})).toEqual([
      'error: Unexpected heading without an explicit id, expected one after its text such as `{#heading}`'
    ]);
  });
});
