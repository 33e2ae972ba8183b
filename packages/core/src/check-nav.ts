import {resolveLink} from './resolve-link.js';
import type {Problem, SiteIndex} from './types.js';
import {sitePathOf} from './urls.js';

/**
 * `site.yaml`'s `nav` links that lead nowhere: a site path (or an absolute
 * URL on the site) must be a page, a section or a file the site has, so no
 * header links a missing page.
 */
export function checkNav(index: SiteIndex): Problem[] {
  const problems: Problem[] = [];
  for (const link of index.site.nav ?? []) {
    // Other sites are not ours to check; an absolute URL on this one is.
    if (sitePathOf(index.site, link.url) === undefined) continue;
    const target = resolveLink(index, 'site.yaml', link.url);
    if (target.type === 'page' || target.type === 'file') continue;
    const problem: Problem = {
      ruleId: 'site-config',
      reason: `Unexpected \`nav\` link to \`${link.url}\`, which the site does not publish, expected the URL of a page, a section or a file`
    };
    if (link.position) problem.position = link.position;
    problems.push(problem);
  }
  return problems;
}
