export {layoutIndex} from './layout-index.js';
export {layoutNotFound} from './layout-not-found.js';
export {layoutPage} from './layout-page.js';
export {layoutPost} from './layout-post.js';
export {layoutRedirect} from './layout-redirect.js';
export {themeFiles} from './theme-files.js';
export {themeAssetsDir} from './theme-assets.js';
export type {PostSummary} from './types.js';
export {loadThemeOverrides, siteLayoutsFolder, siteStyleSheetPath, type ThemeOverrides} from './theme-overrides.js';
