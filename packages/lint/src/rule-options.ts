import type {ConfigurableRuleId} from './rule-ids.js';

type OptionType = 'boolean';

// The options each rule takes; a rule not listed takes none.
const optionTypes: Partial<Record<ConfigurableRuleId, Record<string, OptionType>>> = {
  'section-permalink': {requireExplicitIds: 'boolean'}
};

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Reasons a rule's options are wrong; empty when they are fine. */
export function checkRuleOptions(ruleId: ConfigurableRuleId, options: Record<string, unknown>): string[] {
  const types = optionTypes[ruleId] ?? {};
  const known = Object.keys(types);
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const type = types[key];
    if (type === undefined) {
      const expected = known.length > 0 ? `one of ${known.map((name) => `\`${name}\``).join(', ')}` : 'no options';
      reasons.push(`Unexpected option \`${key}\` for \`${ruleId}\`, expected ${expected}`);
    } else if (typeof value !== type) {
      reasons.push(`Unexpected value \`${show(value)}\` for option \`${key}\` of \`${ruleId}\`, expected \`true\` or \`false\``);
    }
  }
  return reasons;
}

/**
 * Options given to a rule plugin directly (`.use(rule, ['error', {…}])`):
 * a bad one fails loudly, as the rule cannot run as asked.
 */
export function assertRuleOptions(ruleId: ConfigurableRuleId, options: unknown): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`Unexpected value \`${show(options)}\` for the options of \`${ruleId}\`, expected an object`);
  }
  const record = options as Record<string, unknown>;
  const reasons = checkRuleOptions(ruleId, record);
  if (reasons.length > 0) throw new Error(reasons.join('; '));
  return record;
}
