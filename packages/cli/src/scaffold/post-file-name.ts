import {slug} from 'github-slugger';

/**
 * The slug of a new post's file name: GitHub's heading slug of its title with
 * runs of `-` made one, so `Hello, World — again` is `hello-world-again`.
 * `post` when the title has no letters or digits at all.
 */
export function postSlug(title: string): string {
  const made = slug(title.normalize('NFC')).replace(/[^\p{Ll}\p{Lo}\p{N}_-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  return made === '' ? 'post' : made;
}
