import {absoluteUrl, type SiteConfig} from '@folio/core';
import type {Element, Nodes, Root} from 'hast';

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/** A site path or absolute URL from `image:` as an absolute URL. */
export function shareImageUrl(site: SiteConfig, image: string): string {
  return hasScheme.test(image) ? image : absoluteUrl(site, image);
}

function findImage(node: Nodes): Element | undefined {
  if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findImage(child);
    if (found) return found;
  }
  return undefined;
}

/** The absolute URL of the first image in a page's body, resolved as the browser resolves it from `pageUrl` (absolute). */
export function firstImageUrl(content: Root, pageUrl: string): string | undefined {
  const src = findImage(content)?.properties.src;
  if (typeof src !== 'string' || src === '') return undefined;
  try {
    return new URL(src, pageUrl).href;
  } catch {
    return undefined;
  }
}

// Languages written chiefly in one territory, so a bare tag names one locale.
// `en` stands for `en_US`, which is also Open Graph's default.
const soleTerritory: Record<string, string> = {
  cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', en: 'US', fi: 'FI', fr: 'FR', he: 'IL', hu: 'HU', it: 'IT',
  ja: 'JP', ko: 'KR', nb: 'NO', nl: 'NL', pl: 'PL', ru: 'RU', sv: 'SE', th: 'TH', tr: 'TR', uk: 'UA', vi: 'VN'
};

/**
 * `og:locale` (`language_TERRITORY`) from the site's BCP 47 `language`:
 * `en-GB` → `en_GB`; a bare tag only where one territory is meant
 * (`de` → `de_DE`, `en` → `en_US`); otherwise (`pt`, `es`, `zh-Hant`) none.
 */
export function openGraphLocale(language: string): string | undefined {
  const match = /^([a-z]{2,3})(?:-[A-Za-z]{4})?(?:-([A-Za-z]{2}))?(?:-|$)/.exec(language);
  if (!match?.[1]) return undefined;
  const base = match[1].toLowerCase();
  const territory = match[2]?.toUpperCase() ?? soleTerritory[base];
  return territory === undefined ? undefined : `${base}_${territory}`;
}
