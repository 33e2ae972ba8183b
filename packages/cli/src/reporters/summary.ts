import type {PublicationChange, PublicationChanges} from '@folio/site';
import type {MessageRecord} from '../records.js';

/** A table cell: no line breaks, no column breaks, no raw HTML. */
function cell(text: string): string {
  return text.replaceAll('\r', '').replaceAll('\n', ' ').replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function code(text: string): string {
  return `\`${text.replaceAll('`', 'ˋ')}\``;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// Suggestions are part of each message; the summary gives them a column.
function suggestionOf(message: string): string {
  const match = /did you mean (`[^`]+`)\?/.exec(message);
  return match?.[1] ?? '';
}

// GitHub refuses a step's summary over 1 MiB; leave room for the rest of the page.
const summaryBudget = 1000 * 1000;

function messagesSection(records: MessageRecord[], toRepoPath: (file: string) => string, budget: number): string {
  const errors = records.filter((record) => record.severity === 'error').length;
  const warnings = records.filter((record) => record.severity === 'warning').length;
  const others = records.length - errors - warnings;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(others > 0 ? [plural(others, 'note')] : [])].join(', ');
  let text = `## folio: ${counts}\n\n`;
  if (records.length === 0) return `${text}Every check passes.\n\n`;
  const byFile = new Map<string, MessageRecord[]>();
  for (const record of records) {
    const path = toRepoPath(record.file);
    byFile.set(path, [...(byFile.get(path) ?? []), record]);
  }
  let listed = 0;
  for (const [path, messages] of byFile) {
    const heading = `### ${code(path)}\n\n| where | severity | rule | message | did you mean |\n|---|---|---|---|---|\n`;
    if (Buffer.byteLength(text + heading) > budget) break;
    text += heading;
    for (const record of messages) {
      const row = `| ${code(`${path}:${record.line}:${record.column}`)} | ${record.severity} | ${record.url ? `[${code(record.ruleId)}](${record.url})` : code(record.ruleId)} | ${cell(record.message)} | ${cell(suggestionOf(record.message))} |\n`;
      if (Buffer.byteLength(text + row) > budget) break;
      text += row;
      listed += 1;
    }
    text += '\n';
  }
  if (listed < records.length) text += `…and ${plural(records.length - listed, 'more message')}, past what a job summary can hold: every message is in the step's log.\n\n`;
  return text;
}

function anchors(ids: string[], sign: string): string {
  return ids.map((id) => `${sign}${code(`#${id}`)}`).join(' ');
}

function changeRow(change: PublicationChange, baseUrl: string): string {
  const title = change.redirectsTo ? `${change.title ?? ''} (redirect to ${change.redirectsTo})` : (change.title ?? '');
  const what = [anchors(change.anchorsAdded, '+'), anchors(change.anchorsRemoved, '−')].filter((part) => part !== '').join(' ');
  const feed = [change.feedEntryAdded ? `+ ${code(change.feedEntryAdded)}` : '', change.feedEntryRemoved ? `− ${code(change.feedEntryRemoved)}` : ''].filter((part) => part !== '').join(' ');
  const removal = change.retired === undefined ? '' : ` (retired: ${change.retired})`;
  return `| ${change.change}${cell(removal)} | [${code(change.url)}](${baseUrl}${encodeURI(change.url)}) | ${cell(title)} | ${what} | ${feed} |\n`;
}

function publishesSection(publication: PublicationChanges, baseUrl: string): string {
  const against = {
    deployed: 'the deployed site’s record',
    committed: 'the committed `permalinks.json` (the deployed record could not be read)',
    nothing: 'nothing: the site has no record yet'
  }[publication.against];
  let text = `## What this change publishes\n\nAgainst ${against}.\n\n`;
  if (publication.changes.length === 0) return `${text}No URL, anchor or feed entry is added, changed or removed.\n`;
  const count = (kind: PublicationChange['change']) => publication.changes.filter((change) => change.change === kind).length;
  text += `${count('added')} added, ${count('changed')} changed, ${count('removed')} removed.\n\n`;
  text += '| change | URL | title | anchors | feed entry |\n|---|---|---|---|---|\n';
  let shown = 0;
  for (const change of publication.changes) {
    const row = changeRow(change, baseUrl);
    // At most half the summary, so that the messages keep their room.
    if (Buffer.byteLength(text + row) > summaryBudget / 2) break;
    text += row;
    shown += 1;
  }
  if (shown < publication.changes.length) text += `\n…and ${publication.changes.length - shown} more, past what a job summary can hold.\n`;
  return text;
}

/**
 * The job summary of a check (GitHub's `GITHUB_STEP_SUMMARY`): every
 * message grouped by file, then what publishing this content would add,
 * change and remove.
 */
export function formatSummary(records: MessageRecord[], toRepoPath: (file: string) => string, publication: PublicationChanges | undefined, baseUrl: string): string {
  const publishes = publication ? publishesSection(publication, baseUrl) : '';
  return `${messagesSection(records, toRepoPath, summaryBudget - Buffer.byteLength(publishes))}${publishes}\n`;
}
