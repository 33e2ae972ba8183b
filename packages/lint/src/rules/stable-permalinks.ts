import {closest, lostPermalinksOf, type FileFacts} from '@folio/core';
import type {Root} from 'mdast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {createRule} from '../create-rule.js';
import {lostUrlSourceOf, urlSourceOf} from '../front-matter-place.js';
import {siteOf, siteSettingsOf} from '../site-of.js';

function lostAnchor(file: VFile, url: string, id: string, facts: FileFacts, recordedIds: Set<string>, fallback: Position | undefined): void {
  const headings = facts.anchors.filter((anchor) => anchor.kind === 'heading');
  // A renamed heading is most likely one whose id was never published.
  const fresh = headings.map((anchor) => anchor.id).filter((other) => !recordedIds.has(other));
  const suggestion = closest(id, fresh) ?? (fresh.length === 1 ? fresh[0] : closest(id, headings.map((anchor) => anchor.id)));
  const heading = headings.find((anchor) => anchor.id === suggestion);
  const keep = suggestion
    ? `did you mean \`#${suggestion}\`? Keep \`#${id}\` working: write \`{#${id}}\` after that heading, or keep it as an alias, \`{#${suggestion} #${id}}\``
    : `keep it working: write \`{#${id}}\` after the heading that replaced it`;
  file.message(
    `Unexpected lost anchor \`#${id}\` on \`${url}\`, published before, expected it to keep working; ${keep}; or retire \`${url}#${id}\` with a reason in permalinks.json`,
    {place: heading?.position ?? fallback}
  );
}

/** Where the URL `url` of this file comes from: its alias, else what sets its own URL. */
function placeOf(tree: Root, facts: FileFacts, url: string): Position | undefined {
  if (url !== facts.url) {
    const alias = facts.places?.aliases?.find((entry) => entry.alias === url)?.position;
    if (alias) return alias;
  }
  return urlSourceOf(tree, facts);
}

/**
 * Report what this file published before (the record in
 * `file.data.folioSite.recorded`) and no longer produces: a URL, an anchor
 * on a URL it still has, the feed entry id of one. A URL that no file
 * produces and whose file is gone is reported on the record instead, once
 * every file is checked (`reportRemovedPermalinks`). A post whose front
 * matter is in error loses no URL here: the `front-matter` message is the
 * one cause (unless that rule is off).
 */
export const remarkLintStablePermalinks = createRule('stable-permalinks', (tree, file) => {
  const site = siteOf(file);
  const recorded = site?.index.recorded;
  if (!site || !recorded) return;
  const {facts, index} = site;
  const frontMatterOff = siteSettingsOf(file)?.get('front-matter')?.severity === 'off';
  for (const lost of lostPermalinksOf(index, facts, {ignoreUnpublishable: !frontMatterOff})) {
    switch (lost.kind) {
      case 'url': {
        const now = facts.url === undefined ? '' : ` (it is now at \`${facts.url}\`)`;
        file.message(
          `Unexpected lost URL \`${lost.url}\`, published before from this file${now}, expected it to keep working: add it to \`aliases\` in the front matter, or retire it with a reason under \`retired\` in permalinks.json`,
          {place: lostUrlSourceOf(tree, facts)}
        );
        break;
      }
      case 'anchor': {
        const recordedIds = new Set(recorded.manifest.urls[lost.url]?.anchors ?? []);
        lostAnchor(file, lost.url, lost.id, facts, recordedIds, placeOf(tree, facts, lost.url));
        break;
      }
      case 'feed-id': {
        file.message(
          `Unexpected lost feed entry id \`${lost.feedId}\` of \`${lost.url}\`, expected feed readers to keep their entry; give the post that URL again (or as an alias), or retire the id in permalinks.json`,
          {place: placeOf(tree, facts, lost.url)}
        );
        break;
      }
    }
  }
});
