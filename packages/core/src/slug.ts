import {slug as githubSlug} from 'github-slugger';

/**
 * The one slug function: every heading id the HTML carries and every anchor
 * the checks resolve comes from here, so the two can never disagree.
 */
export function slug(text: string): string {
  return githubSlug(text.trim());
}
