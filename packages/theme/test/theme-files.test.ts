import {describe, expect, it} from 'vitest';
import {styleSheet} from '../src/style.js';
import {themeFiles} from '../src/theme-files.js';

describe('themeFiles', () => {
  it('should give the stylesheet at the path pages link to', () => {
    expect(themeFiles()).toEqual([{path: 'style.css', contents: styleSheet}]);
  });

  it('should give relative paths only', () => {
    for (const file of themeFiles()) expect(file.path).not.toMatch(/^\/|\.\./);
  });

  it('should match the snapshot', async () => {
    await expect(themeFiles()[0]?.contents).toMatchFileSnapshot('./__snapshots__/style.css');
  });
});
