import {resolveLink, visibleInMessage} from '@folio/core';
import {createRule} from '../create-rule.js';
import {fragmentOf, visitLinkTargets, withoutFragment} from '../link-nodes.js';
import {siteOf} from '../site-of.js';
import {suggestId} from '../suggest.js';

// Browsers scroll `#top` to the top of any page (HTML: "indicated part of the document").
const top = /^top$/i;

/** Report a `#fragment` that names no anchor on the page it points at. */
export const remarkLintNoMissingAnchor = createRule('no-missing-anchor', (tree, file) => {
  const site = siteOf(file);
  if (!site) return;
  visitLinkTargets(tree, file, (target) => {
    const resolved = resolveLink(site.index, site.facts.path, target.url);
    if (resolved.type !== 'page' || resolved.fragment === undefined || top.test(resolved.fragment)) return;
    const {page, fragment} = resolved;
    const ids = page.anchors.map((anchor) => anchor.id);
    if (ids.includes(fragment)) return;
    const where = page.path === site.facts.path ? 'this page' : `\`${withoutFragment(target.url)}\``;
    const found = suggestId(fragment, ids);
    // Written as a link can carry it: an invisible U+FE0F percent-encoded, not lost.
    const suggestion = found === undefined ? undefined : visibleInMessage(found);
    const message = file.message(
      `Unexpected missing anchor \`#${visibleInMessage(fragment)}\` in ${where}, expected an existing anchor` +
        (suggestion === undefined ? '' : `; did you mean \`#${suggestion}\`?`),
      {ancestors: [target.node], place: target.place}
    );
    const written = fragmentOf(target.url);
    const fixed = suggestion === undefined || written === undefined ? undefined : target.fix(`#${written}`, `#${suggestion}`);
    if (fixed !== undefined) message.expected = [fixed];
  });
});
