import {describe, expect, it} from 'vitest';
import {toAtom} from '../src/index.js';
import {site} from './helpers.js';

// `toAtom` checks the site it is given before anything else.
describe('toAtom on a site', () => {
  it('should accept a site `readSiteConfig` produces', () => {
    expect(() => toAtom(site(), [])).not.toThrow();
    expect(() => toAtom(site({baseUrl: 'http://localhost:4000/blog', language: 'zh-Hant-TW', author: {name: 'A', email: 'a@b'}}), [])).not.toThrow();
  });

  it('should throw on a `baseUrl` that is not absolute or ends in a slash', () => {
    for (const baseUrl of ['www.example.com', 'https://www.example.com/', 'ftp://example.com', 'https://example.com/a b']) {
      expect(() => toAtom(site({baseUrl}), [])).toThrow(`Unexpected value \`${baseUrl}\` for \`site.baseUrl\`, expected an absolute URL without a trailing slash`);
    }
  });

  it('should throw on a language the schema refuses', () => {
    expect(() => toAtom(site({language: 'en_US'}), [])).toThrow('Unexpected value `en_US` for `site.language`, expected a language tag such as `en-US`');
    expect(() => toAtom(site({language: ''}), [])).toThrow('for `site.language`');
  });

  it('should throw on an empty title or author name, or an email without `@`', () => {
    expect(() => toAtom(site({title: ' '}), [])).toThrow('for `site.title`');
    expect(() => toAtom(site({author: {name: ''}}), [])).toThrow('for `site.author.name`');
    expect(() => toAtom(site({author: {name: 'A', email: 'nobody'}}), [])).toThrow('Unexpected value `nobody` for `site.author.email`, expected an email address');
  });

  it('should throw on a bad feed path or entry count', () => {
    expect(() => toAtom(site({feed: {path: 'atom xml', entries: 0}}), [])).toThrow('for `site.feed.path`');
    expect(() => toAtom(site({feed: {path: 'atom.xml', entries: -1}}), [])).toThrow('Unexpected value `-1` for `site.feed.entries`, expected a whole number (0 for all posts)');
    expect(() => toAtom(site({feed: {path: 'atom.xml', entries: 1.5}}), [])).toThrow('for `site.feed.entries`');
  });
});
