import {faviconFile, styleSheetFile, touchIconFile} from './site-paths.js';
import {readThemeAsset, readThemeAssetBytes} from './theme-assets.js';

/**
 * Files the theme adds to the output, paths relative to the output
 * directory, read from the theme's `assets/` each time (so an edit to them
 * shows on the next build).
 */
export function themeFiles(): Array<{path: string; contents: string | Uint8Array}> {
  return [
    {path: touchIconFile, contents: readThemeAssetBytes(touchIconFile)},
    {path: faviconFile, contents: readThemeAsset('favicon.svg')},
    {path: styleSheetFile, contents: readThemeAsset('style.css')}
  ];
}
