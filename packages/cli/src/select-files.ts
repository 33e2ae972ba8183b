import {existsSync} from 'node:fs';
import {relative, resolve, sep} from 'node:path';
import type {VFile} from 'vfile';
import {UsageError} from './options.js';

/**
 * Keep the files a writer named: paths from the current directory
 * (`content/posts/x.md`) or from the content directory (`posts/x.md`).
 */
export function selectFiles(files: VFile[], paths: string[], contentDir: string): VFile[] {
  if (paths.length === 0) return files;
  const root = resolve(contentDir);
  const wanted = new Set<string>();
  for (const path of paths) {
    const fromCwd = resolve(path);
    const absolute = existsSync(fromCwd) ? fromCwd : resolve(root, path);
    const inContent = relative(root, absolute).split(sep).join('/');
    if (inContent.startsWith('../')) throw new UsageError(`Unexpected path \`${path}\` outside the content directory \`${contentDir}\`, expected a file in it`);
    if (!files.some((file) => file.path === inContent)) {
      throw new UsageError(`Unexpected path \`${path}\`, expected a post or page in \`${contentDir}\` (in the posts folder or pages/, ending in .md or .markdown)`);
    }
    wanted.add(inContent);
  }
  return files.filter((file) => wanted.has(file.path));
}
