import {githubRule} from './github.js';
import {hugoRule} from './hugo.js';
import {jekyllRule} from './jekyll.js';
import type {HeadingIdProfile, HeadingIdRule} from './rule.js';
import {headingIdProfiles} from './rule.js';
import {vuepressRule} from './vuepress.js';
import {zolaRule} from './zola.js';

const rules: Record<HeadingIdProfile, HeadingIdRule> = {
  github: githubRule,
  hugo: hugoRule,
  zola: zolaRule,
  jekyll: jekyllRule,
  vuepress: vuepressRule
};

export function isHeadingIdProfile(value: unknown): value is HeadingIdProfile {
  return typeof value === 'string' && (headingIdProfiles as readonly string[]).includes(value);
}

/** The rule of one engine; `github` when none is named. */
export function headingIdRule(profile: HeadingIdProfile = 'github'): HeadingIdRule {
  return rules[profile];
}
