import type {Root} from 'mdast';
import type {Position} from 'unist';
import {lintRule, type Plugin, type Rule} from 'unified-lint-rule';
import {VFileMessage} from 'vfile-message';
import {docsUrl} from './docs-url.js';
import type {RuleId} from './rule-ids.js';

/** The `source` of every message this package reports. */
export const lintSource = 'folio';

/** A remark-lint rule under our origin (`folio:<rule-id>`), linked to its doc. */
export function createRule<Options = undefined>(ruleId: RuleId, rule: Rule<Root, Options>): Plugin<Root, Options> {
  return lintRule<Root, Options>({origin: `${lintSource}:${ruleId}`, url: docsUrl(ruleId)}, rule);
}

/** The related place a message points at (the first of two duplicates…). */
export function causeAt(ruleId: RuleId, reason: string, place: Position | undefined, file?: string): VFileMessage {
  const cause = new VFileMessage(reason, {ruleId, source: lintSource, ...(place ? {place} : {})});
  if (file !== undefined) cause.file = file;
  return cause;
}
