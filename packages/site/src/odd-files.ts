import {closeSync, constants, openSync, readSync} from 'node:fs';
import {join} from 'node:path';
import {reportSiteMessage, type ContentListing, type SeverityOf} from '@folio/lint';
import {VFile} from 'vfile';

export const contentFileRule = 'content-file';

// Extensions of Markdown and plain text that a writer may mean as a post.
const postLike = /\.(?:markdown|mdown|mkdn|mkd|mdwn|mdx|txt|text)$/i;
const inPostsOrPages = /^(?:posts|pages)\//;

/** The first bytes of a file, without following a link or waiting on a FIFO; empty when unreadable. */
function head(path: string): string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const bytes = Buffer.alloc(4);
    const read = readSync(descriptor, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, read).toString('latin1');
  } catch {
    return '';
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function warned(contentDir: string, path: string, reason: string, severityOf: SeverityOf): VFile {
  const file = new VFile({path, cwd: contentDir});
  reportSiteMessage(file, {ruleId: contentFileRule, reason}, severityOf);
  return file;
}

/**
 * Warnings for what is in the content folder and will not be published as
 * the writer may think: links and FIFOs (never followed or read), Markdown
 * in folders below `posts/` or `pages/` (neither published nor checked),
 * and files there that look like posts but would be copied as they are.
 */
export function reportOddFiles(contentDir: string, listing: ContentListing, severityOf: SeverityOf): VFile[] {
  const files: VFile[] = [];
  for (const {path, kind} of listing.skipped) {
    const fix = kind === 'symbolic link' ? 'links are not followed (copy the file into the content folder)' : 'it is never read';
    files.push(warned(contentDir, path, `Unexpected ${kind} \`${path}\`, expected a file or a folder: ${fix}`, severityOf));
  }
  for (const path of listing.ignored) {
    if (!inPostsOrPages.test(path)) continue;
    files.push(warned(contentDir, path, `Unexpected Markdown file \`${path}\` in a folder below \`${path.split('/')[0]}/\`, expected posts as \`posts/*.md\` and pages as \`pages/*.md\`: it is neither checked nor published`, severityOf));
  }
  for (const path of listing.assets) {
    if (!inPostsOrPages.test(path)) continue;
    const start = head(join(contentDir, path));
    if (!postLike.test(path) && !/^(?:---|\+\+\+)\r?\n?/.test(start)) continue;
    files.push(warned(contentDir, path, `Unexpected post-like file \`${path}\` that would be copied to the site as it is, expected a post or page as \`.md\` (rename it) or a file that is not one`, severityOf));
  }
  return files;
}
