import {absoluteUrl, resolveLink, siteHref} from '@folio/core';
import {createRule} from '../create-rule.js';
import {visitLinkTargets, withoutFragment} from '../link-nodes.js';
import {siteOf} from '../site-of.js';

/**
 * Report a link to an old URL of a post (one of its `aliases`). The link
 * works: the build writes a redirect there, and the checks follow it to the
 * post. The canonical URL spares the reader the redirect and keeps the
 * fragment, which a redirect page drops.
 */
export const remarkLintNoAliasLink = createRule('no-alias-link', (tree, file) => {
  const site = siteOf(file);
  if (!site) return;
  // Markdown links and raw HTML `href`/`src` alike.
  visitLinkTargets(tree, file, (target) => {
    const resolved = resolveLink(site.index, site.facts.path, target.url);
    if (resolved.type !== 'page' || resolved.alias === undefined || resolved.page.url === undefined) return;
    const written = withoutFragment(target.url);
    // Suggested the way the link was written: absolute, with the base path, or relative to the site.
    const canonical = /^[a-z][a-z\d+.-]*:|^\/\//i.test(written)
      ? absoluteUrl(site.index.site, resolved.page.url)
      : written.startsWith(siteHref(site.index.site, '/')) && siteHref(site.index.site, '/') !== '/'
        ? siteHref(site.index.site, resolved.page.url)
        : resolved.page.url;
    const message = file.message(
      `Unexpected link to \`${written}\`, an alias of \`${resolved.page.path}\`, expected its canonical URL \`${canonical}\``,
      {ancestors: [target.node], place: target.place}
    );
    const fixed = target.fix(written, canonical);
    if (fixed !== undefined) message.expected = [fixed];
  });
});
