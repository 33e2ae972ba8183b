import type {FootnoteIdPatterns} from './types.js';

/** The part of a footnote's label that goes into its ids. */
export function footnoteLabel(identifier: string): string {
  return identifier.trim().replace(/\s+/g, '-');
}

/** Id of a footnote definition, `fn:1` under the pattern `fn:{label}`. */
export function footnoteDefinitionId(patterns: FootnoteIdPatterns, identifier: string): string {
  return patterns.definition.replaceAll('{label}', footnoteLabel(identifier));
}

/**
 * Id of the `count`-th reference to a footnote (1-based): `fnref:1`, then
 * `fnref:1-2` for a second reference to the same note.
 */
export function footnoteReferenceId(patterns: FootnoteIdPatterns, identifier: string, count = 1): string {
  const id = patterns.reference.replaceAll('{label}', footnoteLabel(identifier));
  return count > 1 ? `${id}-${count}` : id;
}
