import {removedPermalinksOf, type SiteIndex} from '@folio/core';
import type {VFile} from 'vfile';
import {reportSiteMessage, type SeverityOf} from './site-message.js';

/**
 * The site-level step of `stable-permalinks`, once every file is checked:
 * recorded URLs that nothing produces and whose file is gone, on the
 * record (`permalinks.json`) at the URL's entry. There is no post left to
 * report on; a file that still exists gets the rule's message instead.
 */
export function reportRemovedPermalinks(index: SiteIndex, recordFile: VFile, severityOf: SeverityOf): void {
  const recorded = index.recorded;
  if (!recorded) return;
  for (const url of removedPermalinksOf(index)) {
    const source = recorded.manifest.urls[url]?.source;
    const what = source === undefined ? '' : ` (from \`${source}\`, now gone)`;
    reportSiteMessage(
      recordFile,
      {
        ruleId: 'stable-permalinks',
        reason: `Unexpected removal of published URL \`${url}\`${what}, expected it to keep working: restore the post, add \`${url}\` to the \`aliases\` of the post that replaces it, or retire it with a reason under \`retired\` in permalinks.json`,
        place: recorded.positions.get(url)
      },
      severityOf
    );
  }
}
