import type {VFile} from 'vfile';

/** One message as the JSON format prints it (see CONTRACT.md). */
export interface MessageRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  source: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  url?: string;
}

function compare(a: MessageRecord, b: MessageRecord): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Flatten the messages of every file, sorted by file, line, column. */
export function toRecords(files: VFile[]): MessageRecord[] {
  const records: MessageRecord[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start : message.place;
      const end = message.place && 'end' in message.place ? message.place.end : start;
      const record: MessageRecord = {
        file: file.path,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        endLine: end?.line ?? start?.line ?? 1,
        endColumn: end?.column ?? start?.column ?? 1,
        ruleId: message.ruleId ?? 'unknown',
        source: message.source ?? 'folio',
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message: message.reason
      };
      if (message.url) record.url = message.url;
      records.push(record);
    }
  }
  return records.sort(compare);
}
