import {closest, type Problem} from '@folio/core';
import {defaultSeverities, isConfigurableRuleId, siteMessageSeverities, type ConfigurableRuleId, type Severity} from './rule-ids.js';
import {checkRuleOptions} from './rule-options.js';

/** One rule's setting from `rules:` in `site.yaml`. */
export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface RuleSettings {
  /** Valid settings, per rule id; rules not named keep their defaults. */
  settings: Map<ConfigurableRuleId, RuleSetting>;
  /** Invalid entries, as problems about the site config (no position: the raw value has none). */
  problems: Problem[];
}

const severities: readonly Severity[] = ['off', 'warn', 'error'];
const ruleId = 'site-config';

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (severities as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readSetting(id: ConfigurableRuleId, value: unknown): RuleSetting | string[] {
  if (isSeverity(value)) return {severity: value};
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2 && isSeverity(value[0])) {
    const options: unknown = value[1];
    if (options === undefined) return {severity: value[0]};
    if (!isRecord(options)) {
      return [`Unexpected value \`${show(options)}\` for the options of \`${id}\`, expected a mapping of options`];
    }
    const reasons = checkRuleOptions(id, options);
    return reasons.length > 0 ? reasons : {severity: value[0], options};
  }
  return [`Unexpected value \`${show(value)}\` for rule \`${id}\`, expected \`off\`, \`warn\`, \`error\`, or \`[severity, {options}]\``];
}

/**
 * Read `rules:` from `site.yaml` (`rule-id: off | warn | error`, or
 * `[severity, {options}]`). Bad entries become problems, never throws.
 */
export function readRuleSettings(rules: Record<string, unknown>): RuleSettings {
  const settings = new Map<ConfigurableRuleId, RuleSetting>();
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Object.hasOwn(siteMessageSeverities, key) && !isConfigurableRuleId(key)) {
      // A known id, just not one a setting may turn down: say so, rather than call it unknown.
      problems.push({ruleId, reason: `Unexpected rule \`${key}\` in \`rules\`, expected a rule whose severity can be set: \`${key}\` reports what no setting makes publishable`});
      continue;
    }
    if (!isConfigurableRuleId(key)) {
      const suggestion = closest(key, Object.keys(defaultSeverities));
      problems.push({
        ruleId,
        reason: `Unexpected rule \`${key}\` in \`rules\`, expected a known rule id${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`
      });
      continue;
    }
    const setting = readSetting(key, value);
    if (Array.isArray(setting)) problems.push(...setting.map((reason) => ({ruleId, reason})));
    else settings.set(key, setting);
  }
  return {settings, problems};
}

/** The severity a rule reports at under these settings. */
export function severityOf(settings: RuleSettings['settings'], id: ConfigurableRuleId): Severity {
  return settings.get(id)?.severity ?? defaultSeverities[id];
}
