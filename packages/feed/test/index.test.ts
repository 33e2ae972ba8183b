import {describe, expect, it} from 'vitest';

describe('@folio/feed', () => {
  it('should expose the public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['atomParts', 'entryIdFor', 'feedIdFor', 'prepareEntry', 'robotsTxt', 'sitemapXml', 'toAtom']);
  });
});
