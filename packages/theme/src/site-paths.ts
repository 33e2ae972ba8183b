import type {SiteConfig} from '@folio/core';

/** Where the stylesheet is written, relative to the output directory. */
export const styleSheetFile = 'style.css';

/** Root-relative URL of the stylesheet. */
export const styleSheetUrl = `/${styleSheetFile}`;

/** Where the icon is written, and its URL. */
export const faviconFile = 'favicon.svg';
export const faviconUrl = `/${faviconFile}`;

/** The icon as a 180 px PNG, for a phone's home screen (iOS reads no SVG there), and its URL. */
export const touchIconFile = 'apple-touch-icon.png';
export const touchIconUrl = `/${touchIconFile}`;

/**
 * Root-relative URL of the feed. Root-relative rather than relative, because
 * `404.html` is served from any path.
 */
export function feedUrl(site: SiteConfig): string {
  return `/${site.feed.path.replace(/^\/+/, '')}`;
}
