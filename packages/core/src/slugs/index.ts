export {headingIdRule, isHeadingIdProfile} from './choose.js';
export {headingIdProfiles, type HeadingIdProfile, type HeadingIdRule, type IdTracker} from './rule.js';
import {githubRule} from './github.js';

/** GitHub's slug of a text, without telling repeats apart (what a writer's own `{#id}` might be). */
export function slug(text: string): string {
  return githubRule.slug(text);
}
