import type {MessageRecord} from '../records.js';

// Workflow commands escape their data and properties differently.
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per
 * job); the rest are dropped. One notice is kept for the closing count.
 */
export const annotationLimits = {error: 10, warning: 10, notice: 9} as const;

export interface GithubOptions {
  /** Repository-relative paths the change touches: their messages are annotated first. */
  changedFiles?: ReadonlySet<string>;
  /** Where the messages that got no annotation can be read, for the closing notice. */
  rest?: 'summary' | 'log';
}

type Level = keyof typeof annotationLimits;

function levelOf(record: MessageRecord): Level {
  return record.severity === 'error' ? 'error' : record.severity === 'warning' ? 'warning' : 'notice';
}

function annotation(record: MessageRecord, path: string): string {
  const properties = [
    `file=${escapeProperty(path)}`,
    `line=${record.line}`,
    `col=${record.column}`,
    `endLine=${record.endLine}`,
    `endColumn=${record.endColumn}`,
    `title=${escapeProperty(record.ruleId)}`
  ].join(',');
  return `::${levelOf(record)} ${properties}::${escapeData(record.message)}\n`;
}

/**
 * GitHub Actions workflow commands, so each message lands as an annotation
 * on its Markdown line: the files the change touches first, then the others,
 * each in file, line, column order, within GitHub's limits. Messages past
 * the limits print as plain log lines, and a closing notice counts them.
 * `toRepoPath` maps a content-relative path to one relative to the
 * repository root.
 */
export function formatGithub(records: MessageRecord[], toRepoPath: (file: string) => string, options: GithubOptions = {}): string {
  const changed = options.changedFiles ?? new Set<string>();
  const withPaths = records.map((record) => ({record, path: toRepoPath(record.file)}));
  // A stable partition: records are already in file, line, column order.
  const ordered = [...withPaths.filter(({path}) => changed.has(path)), ...withPaths.filter(({path}) => !changed.has(path))];
  const used: Record<Level, number> = {error: 0, warning: 0, notice: 0};
  let output = '';
  const rest: typeof ordered = [];
  for (const item of ordered) {
    const level = levelOf(item.record);
    if (used[level] < annotationLimits[level]) {
      used[level] += 1;
      output += annotation(item.record, item.path);
    } else {
      rest.push(item);
    }
  }
  if (rest.length === 0) return output;
  for (const {record, path} of rest) {
    output += `${path}:${record.line}:${record.column}: ${record.severity}: ${escapeData(record.message)} [${record.ruleId}]\n`;
  }
  const where = options.rest === 'summary' ? 'in the job summary and the log above' : 'in the log above';
  const count = rest.length === 1 ? '1 more message is' : `${rest.length} more messages are`;
  output += `::notice title=folio::${count} ${where} (GitHub shows ${annotationLimits.error} annotations of each kind per step)\n`;
  return output;
}
