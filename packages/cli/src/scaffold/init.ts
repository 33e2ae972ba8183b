import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {isValidTimeZone} from '@folio/core';
import {UsageError} from '../options.js';
import {postSlug} from './post-file-name.js';
import {aboutPage, contentReadme, firstPostBody, postText, siteYaml, type SiteSettings} from './templates.js';
import {dayIn} from './today.js';
import {ExistingFileError, writeNewFile} from './write-new-file.js';

export interface InitOptions extends SiteSettings {
  dir: string;
  /** The moment the first post is dated at (the clock, unless a test sets it). */
  now: number;
}

const firstPostTitle = 'Hello, world';

function assertEmptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(`Unexpected file \`${dir}\`, expected a new or empty folder for the content`);
  const entries = readdirSync(dir);
  if (entries.length > 0) {
    throw new UsageError(`Unexpected non-empty folder \`${dir}\` (it holds \`${entries.sort()[0]}\`), expected a new or empty folder; nothing was written`);
  }
}

export function checkSettings(settings: SiteSettings): void {
  if (!/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(settings.baseUrl)) {
    throw new UsageError(`Unexpected value \`${settings.baseUrl}\` for option \`--base-url\`, expected an absolute URL such as \`https://name.github.io/repo\``);
  }
  if (!isValidTimeZone(settings.timeZone)) {
    throw new UsageError(`Unexpected value \`${settings.timeZone}\` for option \`--time-zone\`, expected an IANA zone such as \`Europe/Berlin\``);
  }
}

/**
 * Write a new content directory that checks and builds clean: site.yaml, a
 * first post, an about page and a README of its own. Returns the paths
 * written, content-relative.
 */
export function initContent(options: InitOptions): string[] {
  checkSettings(options);
  assertEmptyFolder(options.dir);
  const day = dayIn(options.now, options.timeZone);
  const files: Array<[string, string]> = [
    ['site.yaml', siteYaml({...options, baseUrl: options.baseUrl.replace(/\/+$/, '')})],
    [`posts/${day}-${postSlug(firstPostTitle)}.md`, postText(firstPostTitle, day, firstPostBody())],
    ['pages/about.md', aboutPage(options)],
    ['README.md', contentReadme(options)]
  ];
  try {
    for (const [path, contents] of files) writeNewFile(join(options.dir, path), contents);
  } catch (error) {
    // Someone wrote into the folder meanwhile: stop, and say so.
    if (error instanceof ExistingFileError) throw new UsageError(error.message);
    throw error;
  }
  return files.map(([path]) => path);
}
