import {expect, it} from 'vitest';

it('should expose the public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['absolutizeUrls', 'createCodeHighlighter', 'hasCodeToHighlight', 'toContentTree', 'withoutPermalinks']);
});
