import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {readSiteConfig} from '@folio/core';
import {UsageError} from '../options.js';
import {postSlug} from './post-file-name.js';
import {postText} from './templates.js';
import {dayIn} from './today.js';
import {ExistingFileError, writeNewFile} from './write-new-file.js';

// Front matter refuses them in a title (see `front-matter`); refuse them before writing.
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

export interface NewPostOptions {
  contentDir: string;
  title: string;
  now: number;
}

/**
 * Write `posts/YYYY-MM-DD-slug.md` (in the site's posts folder), dated today
 * in the site's time zone; never over an existing file. Returns its path
 * under the content directory as given.
 */
export function newPost(options: NewPostOptions): string {
  const title = options.title.trim();
  if (title === '' || controlCharacter.test(title)) {
    throw new UsageError(`Unexpected title \`${options.title}\`, expected some printable text, such as \`folio new "Notes on CAP"\``);
  }
  let source: string;
  try {
    source = readFileSync(join(options.contentDir, 'site.yaml'), 'utf8');
  } catch {
    throw new UsageError(`Unexpected missing \`site.yaml\` in \`${options.contentDir}\`, expected a content directory (\`folio init DIR\` makes one)`);
  }
  const {config, problems} = readSiteConfig(source);
  if (!config) {
    const first = problems[0];
    const where = first?.position ? `:${first.position.start.line}:${first.position.start.column}` : '';
    throw new UsageError(`${join(options.contentDir, 'site.yaml')}${where}: ${first?.reason ?? 'Unexpected invalid site.yaml'}`);
  }
  const day = dayIn(options.now, config.timeZone);
  const path = join(options.contentDir, config.posts, `${day}-${postSlug(title)}.md`);
  try {
    writeNewFile(path, postText(title, day));
  } catch (error) {
    if (error instanceof ExistingFileError) throw new UsageError(`${error.message}; give the post another title, or edit that file`);
    throw error;
  }
  return path;
}
