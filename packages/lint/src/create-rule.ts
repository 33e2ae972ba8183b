import type {Root} from 'mdast';
import type {Position} from 'unist';
import {lintRule, type Plugin, type Rule} from 'unified-lint-rule';
import type {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';
import {docsUrl} from './docs-url.js';
import type {RuleId, Severity} from './rule-ids.js';
import {readRuleSettings, type RuleSettings} from './rule-settings.js';

/** The `source` of every message this package reports. */
export const lintSource = 'folio';

type Config = Parameters<Plugin<Root, unknown>>[0];

/** The options part of a rule's config (`[severity, options]`, or the options alone). */
function optionsOf<Options>(config: Config): Options | undefined {
  return (Array.isArray(config) ? config[1] : config) as Options | undefined;
}

/**
 * A remark-lint rule under our origin (`folio:<rule-id>`), linked to its
 * doc. Its severity is decided once per file, before it runs: `rules:` in
 * the file's `site.yaml` when it names the rule, else the level the plugin
 * was given. unified-lint-rule then stamps that severity, `ruleId`,
 * `source` and `url` on what the rule reports; nothing changes them later.
 */
export function createRule<Options = undefined>(ruleId: RuleId, rule: Rule<Root, Options>): Plugin<Root, Options> {
  const plugin = lintRule<Root, Options>({origin: `${lintSource}:${ruleId}`, url: docsUrl(ruleId)}, rule);
  // Per attached plugin (one processor), never per module: the settings of the last site seen.
  let last: {rules: Record<string, unknown>; settings: RuleSettings['settings']} | undefined;
  const siteSeverity = (file: VFile): Severity | undefined => {
    const rules = file.data.folioSite?.site.rules;
    if (!rules) return undefined;
    if (last?.rules !== rules) last = {rules, settings: readRuleSettings(rules).settings};
    return last.settings.get(ruleId)?.severity;
  };
  const sited: Plugin<Root, Options> = (config) => (tree, file, next) => {
    const severity = siteSeverity(file);
    const options = severity === undefined ? undefined : optionsOf<Options>(config);
    const transform = plugin(severity === undefined ? config : options === undefined ? [severity] : [severity, options]);
    if (transform) transform(tree, file, next);
    else next();
    return undefined;
  };
  Object.defineProperty(sited, 'name', {value: plugin.name});
  return sited;
}

/** The related place a message points at (the first of two duplicates…). */
export function causeAt(ruleId: RuleId, reason: string, place: Position | undefined, file?: string): VFileMessage {
  const cause = new VFileMessage(reason, {ruleId, source: lintSource, ...(place ? {place} : {})});
  if (file !== undefined) cause.file = file;
  return cause;
}
