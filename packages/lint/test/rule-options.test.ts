import {join} from 'node:path';
import {collectFacts, createSiteIndex, parseMarkdown} from '@folio/core';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {readRuleSettings, remarkLintSectionPermalink} from '../src/index.js';
import {fixtures, readFixtureSite} from './helpers/lint-site.js';

/** The messages of `section-permalink` with `options` given to the plugin directly, on a post with one heading. */
async function lintWith(options: unknown): Promise<string[]> {
  const site = await readFixtureSite(join(fixtures, 'section-permalink'));
  const file = new VFile({path: 'posts/a.md', value: '---\ntitle: A\ndate: 2020-01-01\n---\n\n## Heading\n'});
  const tree = parseMarkdown(file);
  file.data.folioFacts = collectFacts(tree, 'posts/a.md', site);
  file.data.folioSite = createSiteIndex(site, [file.data.folioFacts]);
  await unified()
    .use(remarkLintSectionPermalink, options === undefined ? ['error'] : ['error', options as never])
    .run(tree, file)
    .catch(() => undefined);
  return file.messages.map((message) => `${message.fatal ? 'error' : 'warning'}: ${message.reason}`);
}

describe('rule options', () => {
  it('should accept known options of the right type', async () => {
    expect(readRuleSettings({'section-permalink': ['warn', {requireExplicitIds: false}]}).problems).toEqual([]);
    expect(await lintWith(undefined)).toEqual([]);
  });

  it('should fail loudly on bad options given to a plugin directly', async () => {
    // Rules without options do not read what a plugin is given; `site.yaml` reports it.
    expect(readRuleSettings({'image-alt': ['warn', {strict: true}]}).problems.map((problem) => problem.reason)).toEqual([
      'Unexpected option `strict` for `image-alt`, expected no options'
    ]);
    expect(await lintWith('yes')).toEqual(['error: Unexpected value `"yes"` for the options of `section-permalink`, expected an object']);
  });

  it('should turn a bad option into a fatal message on the file, and honour a good one', async () => {
    expect(await lintWith({requireExplicitIds: 'always'})).toEqual([
      'error: Unexpected value `"always"` for option `requireExplicitIds` of `section-permalink`, expected `true` or `false`'
    ]);
    expect(await lintWith({requireExplicitIds: true})).toEqual([
      'error: Unexpected heading without an explicit id, expected one after its text such as `{#heading}`'
    ]);
  });
});
