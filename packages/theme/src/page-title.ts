import type {SiteConfig} from '@folio/core';

/** The `<title>` of a page other than home: `Page title — Site title`. */
export function pageTitle(site: SiteConfig, title: string): string {
  return `${title} — ${site.title}`;
}
