import type {PublicationChange, PublicationChanges} from '@folio/build';
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

function messagesSection(records: MessageRecord[], toRepoPath: (file: string) => string): string {
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
  for (const [path, messages] of byFile) {
    text += `### ${code(path)}\n\n| where | severity | rule | message | did you mean |\n|---|---|---|---|---|\n`;
    for (const record of messages) {
      text += `| ${code(`${path}:${record.line}:${record.column}`)} | ${record.severity} | ${record.url ? `[${code(record.ruleId)}](${record.url})` : code(record.ruleId)} | ${cell(record.message)} | ${cell(suggestionOf(record.message))} |\n`;
    }
    text += '\n';
  }
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
  for (const change of publication.changes) text += changeRow(change, baseUrl);
  return text;
}

/**
 * The job summary of a check (GitHub's `GITHUB_STEP_SUMMARY`): every
 * message grouped by file, then what publishing this content would add,
 * change and remove.
 */
export function formatSummary(records: MessageRecord[], toRepoPath: (file: string) => string, publication: PublicationChanges | undefined, baseUrl: string): string {
  return `${messagesSection(records, toRepoPath)}${publication ? publishesSection(publication, baseUrl) : ''}\n`;
}
