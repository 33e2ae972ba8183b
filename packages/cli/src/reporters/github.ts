import type {MessageRecord} from '../records.js';

// Workflow commands escape their data and properties differently.
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * GitHub Actions workflow commands, one per message, so each lands as an
 * annotation on its Markdown line. `toRepoPath` maps a content-relative path
 * to one relative to the repository root.
 */
export function formatGithub(records: MessageRecord[], toRepoPath: (file: string) => string): string {
  return records
    .map((record) => {
      const command = record.severity === 'error' ? 'error' : record.severity === 'warning' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(toRepoPath(record.file))}`,
        `line=${record.line}`,
        `col=${record.column}`,
        `endLine=${record.endLine}`,
        `endColumn=${record.endColumn}`,
        `title=${escapeProperty(record.ruleId)}`
      ].join(',');
      return `::${command} ${properties}::${escapeData(record.message)}\n`;
    })
    .join('');
}
