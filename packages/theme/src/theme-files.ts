import {favicon} from './favicon.js';
import {faviconFile, styleSheetFile} from './site-paths.js';
import {styleSheet} from './style.js';

/** Files the theme adds to the output, paths relative to the output directory. */
export function themeFiles(): Array<{path: string; contents: string}> {
  return [
    {path: faviconFile, contents: favicon},
    {path: styleSheetFile, contents: styleSheet}
  ];
}
