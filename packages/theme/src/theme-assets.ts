import {readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * The folder of the theme's own files (stylesheet, icon). Unbundled, this
 * module sits in `packages/theme/dist/` beside `../assets/`; bundled, in
 * `dist/bundle/`, and the bundle copies the files to `dist/bundle/theme/`.
 */
export function themeAssetsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'bundle' ? join(here, 'theme') : join(here, '..', 'assets');
}

/** The text of one of the theme's files, by name (`style.css`). */
export function readThemeAsset(name: string): string {
  return readFileSync(join(themeAssetsDir(), name), 'utf8');
}

/** The bytes of one of the theme's files, by name (`apple-touch-icon.png`). */
export function readThemeAssetBytes(name: string): Uint8Array {
  return readFileSync(join(themeAssetsDir(), name));
}
