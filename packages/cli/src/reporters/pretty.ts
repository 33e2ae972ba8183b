import type {VFile} from 'vfile';
import {reporter} from 'vfile-reporter';

/** Human-readable, grouped by file, like remark-cli. */
export function formatPretty(files: VFile[], color: boolean): string {
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  return reporter(withMessages, {color, quiet: true}) + '\n';
}
