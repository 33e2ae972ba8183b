import {describe, expect, it} from 'vitest';

describe('@folio/lint', () => {
  it('should expose its public API, and only that', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'buildRuleIds',
      'createLinter',
      'deepestNesting',
      'defaultSeverities',
      'docsUrl',
      'explicitIdsToMarkdown',
      'findParseHazard',
      'listContent',
      'maxNesting',
      'maxSourceBytes',
      'parseLimits',
      'parseMarkdownSafely',
      'readRuleSettings',
      'remarkFolioLintControl',
      'remarkLintFrontMatter',
      'remarkLintImageAlt',
      'remarkLintNoAliasLink',
      'remarkLintNoDuplicateAnchor',
      'remarkLintNoDuplicateFootnote',
      'remarkLintNoEmptyFootnote',
      'remarkLintNoMissingAnchor',
      'remarkLintNoMissingTarget',
      'remarkLintNoUndefinedFootnote',
      'remarkLintNoUnsafeUrl',
      'remarkLintNoUnusedFootnote',
      'remarkLintSectionPermalink',
      'remarkPresetFolio',
      'remarkStringifyExplicitIds',
      'ruleIds'
    ]);
  });

  it('should name each rule plugin after its origin', async () => {
    const lint = await import('../src/index.js');
    expect(lint.remarkLintNoMissingAnchor.name).toBe('folio:no-missing-anchor');
    expect(lint.remarkLintImageAlt.name).toBe('folio:image-alt');
  });
});
