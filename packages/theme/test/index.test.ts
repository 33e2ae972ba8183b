import {describe, expect, it} from 'vitest';

describe('@folio/theme', () => {
  it('should expose the public API', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'layoutIndex',
      'layoutNotFound',
      'layoutPage',
      'layoutPost',
      'layoutRedirect',
      'loadThemeOverrides',
      'siteLayoutsFolder',
      'siteStyleSheetPath',
      'themeAssetsDir',
      'themeFiles'
    ]);
  });
});
