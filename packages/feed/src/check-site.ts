import type {SiteConfig} from '@folio/core';
import {unexpected} from './unexpected.js';

// The schema's `atomLanguageTag`.
const languageTag = /^[A-Za-z]{1,8}(?:-[A-Za-z\d]{1,8})*$/;

/** Fail loudly on a site config that `readSiteConfig` would not produce. */
export function checkSite(site: SiteConfig): void {
  if (site.title.trim() === '') unexpected(site.title, 'site.title', 'a title');
  if (!/^https?:\/\/[^/\s?#]+(?:\/[^\s?#]*[^\s?#/])?$/.test(site.baseUrl)) {
    unexpected(site.baseUrl, 'site.baseUrl', 'an absolute URL without a trailing slash');
  }
  if (!languageTag.test(site.language)) unexpected(site.language, 'site.language', 'a language tag such as `en-US`');
  if (site.author.name.trim() === '') unexpected(site.author.name, 'site.author.name', 'a name');
  if (site.author.email !== undefined && !/.@./.test(site.author.email)) {
    unexpected(site.author.email, 'site.author.email', 'an email address');
  }
  if (!/^[^\s?#]+$/.test(site.feed.path)) unexpected(site.feed.path, 'site.feed.path', 'an output path such as `atom.xml`');
  if (!Number.isInteger(site.feed.entries) || site.feed.entries < 0) {
    unexpected(site.feed.entries, 'site.feed.entries', 'a whole number (0 for all posts)');
  }
}
