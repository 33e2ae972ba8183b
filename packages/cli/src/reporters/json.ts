import type {MessageRecord} from '../records.js';

/** One JSON array, nothing else. */
export function formatJson(records: MessageRecord[]): string {
  return JSON.stringify(records, null, 2) + '\n';
}
