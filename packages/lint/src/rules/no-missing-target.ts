import {posix} from 'node:path';
import {basePathOf, resolveLink, siteHref, type SiteIndex} from '@folio/core';
import {createRule} from '../create-rule.js';
import {visitLinkTargets, withoutFragment} from '../link-nodes.js';
import {siteOf} from '../site-of.js';
import {near} from '../suggest.js';

// Per site index, what each missing target most likely meant: after a
// rename, hundreds of links across the site miss the same target.
const nearest = new WeakMap<SiteIndex, Map<string, string | undefined>>();

function nearestIn(index: SiteIndex, target: string): string | undefined {
  let known = nearest.get(index);
  if (!known) nearest.set(index, (known = new Map()));
  if (known.has(target)) return known.get(target);
  const found = target.startsWith('/')
    ? near(target, [...index.pages.keys(), ...index.generated, ...[...index.assets].map((asset) => `/${asset}`)])
    : near(target, [...index.files.keys(), ...index.assets]);
  known.set(target, found);
  return found;
}

/** What a missing target most likely meant, written the way the link was (with the base path, when it was). */
function suggestTarget(index: SiteIndex, from: string, target: string, written: string): string | undefined {
  if (target.startsWith('/')) {
    const found = nearestIn(index, target);
    const withBase = basePathOf(index.site) !== '' && written.startsWith(siteHref(index.site, '/'));
    return found !== undefined && withBase ? siteHref(index.site, found) : found;
  }
  const found = nearestIn(index, target);
  if (found === undefined) return undefined;
  const relative = posix.relative(posix.dirname(from), found);
  return written.startsWith('./') && !relative.startsWith('../') ? `./${relative}` : relative;
}

/** Report a local link or image (Markdown or raw HTML) to no post, page or file, or to a draft. */
export const remarkLintNoMissingTarget = createRule('no-missing-target', (tree, file) => {
  const site = siteOf(file);
  if (!site) return;
  visitLinkTargets(tree, file, (target) => {
    const resolved = resolveLink(site.index, site.facts.path, target.url);
    const written = withoutFragment(target.url);
    const options = {ancestors: [target.node], place: target.place};
    if (resolved.type === 'missing') {
      const suggestion = suggestTarget(site.index, site.facts.path, resolved.target, written);
      const message = file.message(
        `Unexpected missing target \`${written}\`, expected an existing post, page or file` +
          (suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`),
        options
      );
      const fixed = suggestion === undefined ? undefined : target.fix(written, suggestion);
      if (fixed !== undefined) message.expected = [fixed];
    } else if (resolved.type === 'unpublished' && resolved.file.path !== site.facts.path && !site.facts.draft) {
      // A draft may link to another draft: neither is published yet.
      const what = resolved.file.draft ? 'draft' : 'unpublished';
      file.message(`Unexpected link to ${what} \`${resolved.file.path}\`, expected a published post or page`, options);
    }
  });
});
