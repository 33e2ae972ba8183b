import {describe, expect, it} from 'vitest';

describe('@folio/site', () => {
  it('should expose its public API, and only that', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'ContentWatcher',
      'SiteSessions',
      'UnsafeOutputError',
      'WriteError',
      'checkSite',
      'checkedFiles',
      'defaultCacheRoot',
      'findContentDir',
      'formatTimings',
      'hasErrors',
      'openSite',
      'publicationChanges',
      'readPublishedRecord',
      'refuseUnsafeOutput',
      'remarkFolioSite',
      'siteOutputs',
      'stepNames',
      'writeOutput'
    ]);
  });
});
