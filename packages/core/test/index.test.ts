import {describe, expect, it} from 'vitest';

describe('@folio/core', () => {
  it('should expose its public API, and nothing else', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'absoluteUrl',
      'closest',
      'collectAnchors',
      'collectFacts',
      'collectLinks',
      'createMarkdownParser',
      'createPositionMapper',
      'createSiteIndex',
      'editDistance',
      'findExplicitId',
      'footnoteDefinitionId',
      'footnoteLabel',
      'footnoteReferenceId',
      'formatRfc3339',
      'generatedPaths',
      'htmlIds',
      'isValidTimeZone',
      'mergePermalinks',
      'outputPathOf',
      'pageUrl',
      'parseInstant',
      'parseMarkdown',
      'planFootnotes',
      'postUrl',
      'readPageMeta',
      'readPermalinks',
      'readPostMeta',
      'readSiteConfig',
      'readYamlMapping',
      'remarkSectionIds',
      'resolveLink',
      'sectionIds',
      'serializePermalinks',
      'siteCatalogOf',
      'sitePathOf',
      'siteViewOf',
      'slug',
      'slugFromFileName',
      'sourceKindOf',
      'viewKeyOf'
    ]);
  });
});
