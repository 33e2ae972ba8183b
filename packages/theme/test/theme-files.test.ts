import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {themeAssetsDir, themeFiles} from '../src/index.js';

const asset = (name: string) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');

describe('themeFiles', () => {
  it('should give the icons and the stylesheet from the theme\'s assets, at the paths pages link to', () => {
    expect(themeFiles()).toEqual([
      {path: 'apple-touch-icon.png', contents: readFileSync(new URL('../assets/apple-touch-icon.png', import.meta.url))},
      {path: 'favicon.svg', contents: asset('favicon.svg')},
      {path: 'style.css', contents: asset('style.css')}
    ]);
    const png = themeFiles()[0]?.contents as Uint8Array;
    // A PNG of 180×180 px: the signature, then IHDR's width and height.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([180, 180]);
    expect(asset('favicon.svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('should find the assets beside the package when unbundled', () => {
    expect(themeAssetsDir().replaceAll('\\', '/')).toMatch(/packages\/theme\/assets$/);
  });

  it('should give relative paths only', () => {
    for (const file of themeFiles()) expect(file.path).not.toMatch(/^\/|\.\./);
  });
});
