const docsBase = 'https://github.com/something-similar/folio/blob/main/docs/';

/** Where a rule is documented; every message of the rule links there. */
export function docsUrl(ruleId: string): string {
  return `${docsBase}${ruleId}.md`;
}
