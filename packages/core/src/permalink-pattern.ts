/** Where a post goes when `site.yaml` names no `permalink`. */
export const defaultPermalink = '/:year/:month/:day/:slug/';

/** The tokens a `permalink` pattern may use. */
export const permalinkTokens = ['year', 'month', 'day', 'slug'] as const;

export type PermalinkToken = (typeof permalinkTokens)[number];

/** What fills a pattern's tokens: the day in the site's zone, and the slug. */
export type PermalinkParts = Record<Exclude<PermalinkToken, 'slug'>, number> & {slug: string};

// A token is `:` and a name; `:slug.html` is `:slug` then `.html`.
const tokenPattern = /:([A-Za-z_]+)/g;

/** What is wrong with a pattern, and where in it (a code-unit index). */
export interface PatternProblem {
  reason: string;
  index: number;
  length: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The first problem of a `permalink` pattern, or undefined when it is
 * usable: a site path (`/…`) ending in `/` (written as `…/index.html`) or
 * in `.html` (written as that file), with `:slug` and only known tokens.
 */
export function checkPermalinkPattern(pattern: string, key = 'permalink'): PatternProblem | undefined {
  const whole = {index: 0, length: pattern.length};
  for (const match of pattern.matchAll(tokenPattern)) {
    const name = match[1] ?? '';
    if (!(permalinkTokens as readonly string[]).includes(name)) {
      const known = permalinkTokens.map((token) => `\`:${token}\``).join(', ');
      return {reason: `Unexpected token \`:${name}\` in \`${key}\`, expected one of ${known}`, index: match.index, length: match[0].length};
    }
  }
  if (!pattern.startsWith('/') || pattern.startsWith('//')) {
    return {reason: `Unexpected \`${key}\` \`${pattern}\`, expected a site path starting with \`/\` such as \`/:year/:month/:day/:slug/\``, ...whole};
  }
  if (/[\s?#\\]/.test(pattern) || pattern.includes('//') || pattern.split('/').some((segment) => segment === '.' || segment === '..')) {
    return {reason: `Unexpected \`${key}\` \`${pattern}\`, expected a plain path without spaces, \`?\`, \`#\`, \`\\\`, \`//\` or \`.\`/\`..\` segments`, ...whole};
  }
  if (!/:slug(?![A-Za-z_])/.test(pattern)) {
    return {reason: `Unexpected \`${key}\` \`${pattern}\` without \`:slug\`, expected a pattern that tells posts apart, such as \`/:year/:month/:day/:slug/\``, ...whole};
  }
  if (!pattern.endsWith('/') && !pattern.endsWith('.html')) {
    return {reason: `Unexpected \`${key}\` \`${pattern}\`, expected one ending in \`/\` (written as \`…/index.html\`) or in \`.html\``, ...whole};
  }
  return undefined;
}

/** A pattern with its tokens filled: `/:year/:slug/` → `/2013/cap/`. Month and day are two digits. */
export function expandPermalink(pattern: string, parts: PermalinkParts): string {
  return pattern.replace(tokenPattern, (whole, name: string) => {
    switch (name) {
      case 'year':
        return pad(parts.year, 4);
      case 'month':
        return pad(parts.month, 2);
      case 'day':
        return pad(parts.day, 2);
      case 'slug':
        return parts.slug;
      default:
        return whole;
    }
  });
}

/** The part of a pattern before its first token, up to a `/`: `/inside-rust/:year/…` → `/inside-rust/`. */
export function staticPrefixOf(pattern: string): string {
  const first = pattern.search(/:[A-Za-z_]/);
  const fixed = first < 0 ? pattern : pattern.slice(0, first);
  return fixed.slice(0, fixed.lastIndexOf('/') + 1) || '/';
}
