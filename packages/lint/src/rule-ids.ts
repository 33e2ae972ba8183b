/** The rules this package implements, one plugin each. */
export const ruleIds = [
  'no-missing-anchor',
  'no-missing-target',
  'no-undefined-footnote',
  'no-unused-footnote',
  'no-duplicate-footnote',
  'no-empty-footnote',
  'section-permalink',
  'no-duplicate-anchor',
  'front-matter',
  'image-alt',
  'no-alias-link',
  'no-unsafe-url'
] as const;

export type RuleId = (typeof ruleIds)[number];

/** Checked by the build (it needs the published record), configured here all the same. */
export const buildRuleIds = ['stable-permalinks'] as const;

/** Every id that `rules:` in `site.yaml` may name. */
export type ConfigurableRuleId = RuleId | (typeof buildRuleIds)[number];

export type Severity = 'off' | 'warn' | 'error';

/**
 * What a rule reports as when `site.yaml` says nothing: errors stop a build,
 * warnings do not. An image without alt text is a warning because Markdown
 * cannot mark an image as decorative (`alt=""`) on purpose, a link to an
 * alias because it works, and an unsafe URL (`javascript:`, `data:`)
 * because a writer may mean it.
 */
export const defaultSeverities: Readonly<Record<ConfigurableRuleId, Exclude<Severity, 'off'>>> = {
  'no-missing-anchor': 'error',
  'no-missing-target': 'error',
  'no-undefined-footnote': 'error',
  'no-unused-footnote': 'error',
  'no-duplicate-footnote': 'error',
  'no-empty-footnote': 'error',
  'section-permalink': 'error',
  'no-duplicate-anchor': 'error',
  'front-matter': 'error',
  'image-alt': 'warn',
  // A link to an alias works (through a redirect): a hint, never a failed build.
  'no-alias-link': 'warn',
  'no-unsafe-url': 'warn',
  'stable-permalinks': 'error'
};

export function isConfigurableRuleId(value: string): value is ConfigurableRuleId {
  return Object.hasOwn(defaultSeverities, value);
}
