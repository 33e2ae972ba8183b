import GithubSlugger, {slug as githubSlug} from 'github-slugger';
import {toString} from 'mdast-util-to-string';
import type {HeadingIdRule} from './rule.js';

/**
 * GitHub's rule, as github-slugger has it: the rendered text (image alt
 * included, raw HTML left out), lowercased, punctuation and emoji dropped,
 * each space a `-`; a repeat gets `-1`, `-2`, … GitHub has no explicit ids,
 * so they take no part.
 */
export const githubRule: HeadingIdRule = {
  textOf: (heading) => toString(heading, {includeHtml: false}),
  slug: (text) => githubSlug(text.trim()),
  createTracker() {
    const slugger = new GithubSlugger();
    // The slugger would slug again; hand it the slug, which slugs to itself.
    return {automatic: (slug) => slugger.slug(slug), explicit() {}};
  }
};
