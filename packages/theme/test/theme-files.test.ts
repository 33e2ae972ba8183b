import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {themeAssetsDir, themeFiles} from '../src/index.js';

const asset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');

describe('themeFiles', () => {
  it('should give the icon and the stylesheet from the theme\'s assets, at the paths pages link to', () => {
    expect(themeFiles()).toEqual([
      {path: 'favicon.svg', contents: asset('favicon.svg')},
      {path: 'style.css', contents: asset('style.css')}
    ]);
    expect(asset('favicon.svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('should find the assets beside the package when unbundled', () => {
    expect(themeAssetsDir().replaceAll('\\', '/')).toMatch(/packages\/theme\/assets$/);
  });

  it('should give relative paths only', () => {
    for (const file of themeFiles()) expect(file.path).not.toMatch(/^\/|\.\./);
  });
});
