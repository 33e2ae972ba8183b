import {closest, type FileFacts, type SiteIndex} from '@folio/core';
import type {VFile} from 'vfile';
import {feedIdOf} from './feed-ids.js';

const ruleId = 'stable-permalinks';
const origin = {ruleId, source: 'folio'};

/** Every URL the current content publishes: pages and the aliases of posts. */
export function producedUrls(index: SiteIndex): Map<string, FileFacts> {
  const produced = new Map<string, FileFacts>(index.pages);
  for (const facts of index.pages.values()) {
    for (const alias of facts.post?.aliases ?? []) if (!produced.has(alias)) produced.set(alias, facts);
  }
  return produced;
}

/**
 * Recorded URLs that nothing produces any more and whose file is gone: there
 * is no post to report on, so the message points at the record itself.
 * (A file that still exists gets the message from the `stable-permalinks` rule.)
 */
export function reportRemovedPermalinks(index: SiteIndex, manifestFile: VFile): void {
  const recorded = index.recorded;
  if (!recorded) return;
  const produced = producedUrls(index);
  const retired = recorded.manifest.retired ?? {};
  for (const [url, entry] of Object.entries(recorded.manifest.urls)) {
    if (produced.has(url) || index.generated.has(url) || url in retired) continue;
    if (entry.source !== undefined && index.files.has(entry.source)) continue;
    const place = recorded.positions.get(url) ?? {line: 1, column: 1};
    const what = entry.source === undefined ? '' : ` (from \`${entry.source}\`, now gone)`;
    const message = manifestFile.message(
      `Unexpected removal of published URL \`${url}\`${what}, expected it to keep working: restore the post, add \`${url}\` to the \`aliases\` of the post that replaces it, or retire it with a reason under \`retired\` in permalinks.json`,
      {place, ...origin}
    );
    message.fatal = true;
  }
}

function lostUrl(file: VFile, url: string, facts: FileFacts): void {
  const now = facts.url === undefined ? '' : ` (it is now at \`${facts.url}\`)`;
  const message = file.message(
    `Unexpected lost URL \`${url}\`, published before from this file${now}, expected it to keep working: add it to \`aliases\` in the front matter, or retire it with a reason under \`retired\` in permalinks.json`,
    {place: {line: 1, column: 1}, ...origin}
  );
  message.fatal = true;
}

function lostAnchor(file: VFile, url: string, id: string, facts: FileFacts, recordedIds: Set<string>): void {
  const headings = facts.anchors.filter((anchor) => anchor.kind === 'heading');
  // A renamed heading is most likely one whose id was never published.
  const fresh = headings.map((anchor) => anchor.id).filter((other) => !recordedIds.has(other));
  const suggestion = closest(id, fresh) ?? (fresh.length === 1 ? fresh[0] : closest(id, headings.map((anchor) => anchor.id)));
  const heading = headings.find((anchor) => anchor.id === suggestion);
  const keep = suggestion
    ? `did you mean \`#${suggestion}\`? Keep \`#${id}\` working: write \`{#${id}}\` after that heading, or keep it as an alias, \`{#${suggestion} #${id}}\``
    : `keep it working: write \`{#${id}}\` after the heading that replaced it`;
  const message = file.message(
    `Unexpected lost anchor \`#${id}\` on \`${url}\`, published before, expected it to keep working; ${keep}; or retire \`${url}#${id}\` with a reason in permalinks.json`,
    {place: heading?.position ?? {line: 1, column: 1}, ...origin}
  );
  message.fatal = true;
}

/**
 * Recorded URLs, anchors and feed ids that the content no longer produces,
 * reported on the file that published them.
 */
export function reportLostPermalinks(index: SiteIndex, files: Map<string, VFile>): void {
  const recorded = index.recorded;
  if (!recorded) return;
  const produced = producedUrls(index);
  const retired = recorded.manifest.retired ?? {};
  const feedIds = new Set([...index.pages.values()].flatMap((facts) => (facts.post ? [feedIdOf(index, facts)] : [])));
  for (const [url, entry] of Object.entries(recorded.manifest.urls)) {
    if (url in retired || index.generated.has(url)) continue;
    const facts = produced.get(url);
    if (!facts) {
      const source = entry.source === undefined ? undefined : index.files.get(entry.source);
      const file = source && files.get(source.path);
      if (source && file) lostUrl(file, url, source);
      continue;
    }
    const file = files.get(facts.path);
    if (!file) continue;
    const ids = new Set(facts.anchors.map((anchor) => anchor.id));
    const recordedIds = new Set(entry.anchors);
    for (const id of entry.anchors) {
      if (!ids.has(id) && !(`${url}#${id}` in retired)) lostAnchor(file, url, id, facts, recordedIds);
    }
    if (entry.feedId !== undefined && !feedIds.has(entry.feedId) && !(entry.feedId in retired)) {
      const message = file.message(
        `Unexpected lost feed entry id \`${entry.feedId}\` of \`${url}\`, expected feed readers to keep their entry; give the post that URL again (or as an alias), or retire the id in permalinks.json`,
        {place: {line: 1, column: 1}, ...origin}
      );
      message.fatal = true;
    }
  }
}
