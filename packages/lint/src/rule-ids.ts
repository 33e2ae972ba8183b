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

/**
 * Rules that read the published record (`file.data.folioSite.recorded`):
 * rules like the others, but their doc examples need a record, so the docs
 * show them in prose.
 */
export const buildRuleIds = ['stable-permalinks'] as const;

/** Every rule this package implements, one plugin each. */
export type RuleId = (typeof ruleIds)[number] | (typeof buildRuleIds)[number];

/**
 * Ids the site's own steps report (outside the rules), with the severity
 * each reports at. Only `content-file` may be changed under `rules:`: the
 * others are input the toolchain cannot read or output it cannot write,
 * which no setting makes publishable.
 */
export const siteMessageSeverities = {
  'site-config': 'error',
  encoding: 'error',
  'file-too-large': 'error',
  parse: 'error',
  'no-duplicate-output': 'error',
  'no-duplicate-feed-id': 'error',
  // A broken layout is never used; the theme's own stands in, so the message is what matters.
  theme: 'error',
  // A lint comment the control cannot read: the rules it meant to silence would report anyway.
  'lint-comment': 'error',
  'content-file': 'warn'
} as const satisfies Record<string, Exclude<Severity, 'off'>>;

/** Site ids that `rules:` may set, as rules. */
export const configurableSiteIds = ['content-file'] as const;

/** Every id that `rules:` in `site.yaml` may name. */
export type ConfigurableRuleId = RuleId | (typeof configurableSiteIds)[number];

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
  'stable-permalinks': 'error',
  // Odd files in the content folder (links, FIFOs, post-like files copied raw): a hint.
  'content-file': 'warn'
};

export function isConfigurableRuleId(value: string): value is ConfigurableRuleId {
  return Object.hasOwn(defaultSeverities, value);
}
