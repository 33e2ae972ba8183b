import {sitePathOf} from '@folio/core';
import {causeAt, createRule} from '../create-rule.js';
import {urlSourceOf} from '../front-matter-place.js';
import {siteOf} from '../site-of.js';

/**
 * Report what the first phase found wrong in front matter (missing, malformed,
 * invalid values), and a file whose URL an earlier file (by path) already has.
 */
export const remarkLintFrontMatter = createRule('front-matter', (tree, file) => {
  const facts = file.data.folioFacts;
  for (const problem of facts?.problems ?? []) {
    if (problem.ruleId !== 'front-matter') continue;
    const cause = problem.cause ? causeAt('front-matter', problem.cause.reason, problem.cause.position) : undefined;
    file.message(problem.reason, {...(cause ? {cause} : {}), place: problem.position});
  }
  const site = siteOf(file);
  if (!site || site.facts.url === undefined) return;
  // `/index.html` is written where `/` is: compare the paths as links read them.
  if (site.index.generated.has(site.facts.url) || site.index.generated.has(sitePathOf(site.index.site, site.facts.url) ?? '')) {
    // The home page, a section's index page, `404.html`: the build writes these itself.
    const fix = site.facts.kind === 'post' ? 'change its `slug`, `url` or the `permalink` pattern' : 'rename the file';
    file.message(`Unexpected URL \`${site.facts.url}\` that the site writes itself, expected a URL of its own (${fix})`, {place: urlSourceOf(tree, site.facts)});
    return;
  }
  const owner = site.index.pages.get(site.facts.url);
  if (!owner || owner.path === site.facts.path) return;
  const fix = site.facts.kind === 'post' ? 'change its `slug` or `date`' : 'rename the file';
  file.message(
    `Unexpected URL \`${site.facts.url}\` that \`${owner.path}\` already has, expected one file per URL (${fix})`,
    {
      cause: causeAt('front-matter', `\`${site.facts.url}\` first claimed by \`${owner.path}\``, undefined, owner.path),
      place: urlSourceOf(tree, site.facts)
    }
  );
});
