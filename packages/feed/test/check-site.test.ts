import {describe, expect, it} from 'vitest';
import {checkSite} from '../src/check-site.js';
import {site} from './helpers.js';

describe('checkSite', () => {
  it('should accept a site `readSiteConfig` produces', () => {
    expect(() => checkSite(site())).not.toThrow();
    expect(() => checkSite(site({baseUrl: 'http://localhost:4000/blog', language: 'zh-Hant-TW', author: {name: 'A', email: 'a@b'}}))).not.toThrow();
  });

  it('should throw on a `baseUrl` that is not absolute or ends in a slash', () => {
    for (const baseUrl of ['www.example.com', 'https://www.example.com/', 'ftp://example.com', 'https://example.com/a b']) {
      expect(() => checkSite(site({baseUrl}))).toThrow(`Unexpected value \`${baseUrl}\` for \`site.baseUrl\`, expected an absolute URL without a trailing slash`);
    }
  });

  it('should throw on a language the schema refuses', () => {
    expect(() => checkSite(site({language: 'en_US'}))).toThrow('Unexpected value `en_US` for `site.language`, expected a language tag such as `en-US`');
    expect(() => checkSite(site({language: ''}))).toThrow('for `site.language`');
  });

  it('should throw on an empty title or author name, or an email without `@`', () => {
    expect(() => checkSite(site({title: ' '}))).toThrow('for `site.title`');
    expect(() => checkSite(site({author: {name: ''}}))).toThrow('for `site.author.name`');
    expect(() => checkSite(site({author: {name: 'A', email: 'nobody'}}))).toThrow('Unexpected value `nobody` for `site.author.email`, expected an email address');
  });

  it('should throw on a bad feed path or entry count', () => {
    expect(() => checkSite(site({feed: {path: 'atom xml', entries: 0}}))).toThrow('for `site.feed.path`');
    expect(() => checkSite(site({feed: {path: 'atom.xml', entries: -1}}))).toThrow('Unexpected value `-1` for `site.feed.entries`, expected a whole number (0 for all posts)');
    expect(() => checkSite(site({feed: {path: 'atom.xml', entries: 1.5}}))).toThrow('for `site.feed.entries`');
  });
});
