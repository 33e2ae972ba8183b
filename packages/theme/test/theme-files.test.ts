import {describe, expect, it} from 'vitest';
import {favicon} from '../src/favicon.js';
import {styleSheet} from '../src/style.js';
import {themeFiles} from '../src/theme-files.js';

describe('themeFiles', () => {
  it('should give the icon and the stylesheet at the paths pages link to', () => {
    expect(themeFiles()).toEqual([
      {path: 'favicon.svg', contents: favicon},
      {path: 'style.css', contents: styleSheet}
    ]);
  });

  it('should give relative paths only', () => {
    for (const file of themeFiles()) expect(file.path).not.toMatch(/^\/|\.\./);
  });

  it('should match the snapshot', async () => {
    await expect(themeFiles().find((file) => file.path === 'style.css')?.contents).toMatchFileSnapshot('./__snapshots__/style.css');
  });
});
