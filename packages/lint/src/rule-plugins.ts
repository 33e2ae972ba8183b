import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {RuleId, Severity} from './rule-ids.js';
import {remarkLintFrontMatter} from './rules/front-matter.js';
import {remarkLintImageAlt} from './rules/image-alt.js';
import {remarkLintNoAliasLink} from './rules/no-alias-link.js';
import {remarkLintNoDuplicateAnchor} from './rules/no-duplicate-anchor.js';
import {remarkLintNoDuplicateFootnote} from './rules/no-duplicate-footnote.js';
import {remarkLintNoEmptyFootnote} from './rules/no-empty-footnote.js';
import {remarkLintNoMissingAnchor} from './rules/no-missing-anchor.js';
import {remarkLintNoMissingTarget} from './rules/no-missing-target.js';
import {remarkLintNoUndefinedFootnote} from './rules/no-undefined-footnote.js';
import {remarkLintNoUnusedFootnote} from './rules/no-unused-footnote.js';
import {remarkLintNoUnsafeUrl} from './rules/no-unsafe-url.js';
import {remarkLintSectionPermalink} from './rules/section-permalink.js';
import {remarkLintStablePermalinks} from './rules/stable-permalinks.js';

/** The plugin of each rule, by id. */
export const rulePlugins: Readonly<Record<RuleId, Plugin<[[level: Severity, options?: never]], Root>>> = {
  'no-missing-anchor': remarkLintNoMissingAnchor,
  'no-missing-target': remarkLintNoMissingTarget,
  'no-undefined-footnote': remarkLintNoUndefinedFootnote,
  'no-unused-footnote': remarkLintNoUnusedFootnote,
  'no-duplicate-footnote': remarkLintNoDuplicateFootnote,
  'no-empty-footnote': remarkLintNoEmptyFootnote,
  'section-permalink': remarkLintSectionPermalink,
  'no-duplicate-anchor': remarkLintNoDuplicateAnchor,
  'front-matter': remarkLintFrontMatter,
  'image-alt': remarkLintImageAlt,
  'no-alias-link': remarkLintNoAliasLink,
  'no-unsafe-url': remarkLintNoUnsafeUrl,
  'stable-permalinks': remarkLintStablePermalinks
};
