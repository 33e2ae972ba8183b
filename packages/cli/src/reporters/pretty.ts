import type {VFile} from 'vfile';

type VFileMessage = VFile['messages'][number];

export interface PrettyOptions {
  /** ANSI colours for severities and rule ids. */
  color?: boolean;
  /** Wrap messages to this many columns (default 100). */
  width?: number;
}

const defaultWidth = 100;
// Below this, wrapping leaves too little of a line for the message.
const narrowest = 40;

type Severity = 'error' | 'warning' | 'info';

function severityOf(message: VFileMessage): Severity {
  if (message.fatal === true) return 'error';
  return message.fatal === false ? 'warning' : 'info';
}

function placeOf(message: VFileMessage): string {
  const place = message.place;
  if (!place) return `${message.line ?? 1}:${message.column ?? 1}`;
  if ('start' in place) {
    const {start, end} = place;
    return start.line === end.line && start.column === end.column ? `${start.line}:${start.column}` : `${start.line}:${start.column}-${end.line}:${end.column}`;
  }
  return `${place.line}:${place.column}`;
}

/** Split `text` into lines of at most `width` characters, at spaces; a longer word stays whole. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function paint(color: boolean, code: number, text: string): string {
  return color ? `\u001B[${code}m${text}\u001B[39m` : text;
}

const severityColors: Record<Severity, number> = {error: 31, warning: 33, info: 36};

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Human-readable, grouped by file, like remark-cli: place and severity in
 * aligned columns, then the message wrapped to `width` (continuation lines
 * start under it) with its rule id after it, and the place of its cause
 * (the first of two duplicates) below. Lines are as long as their text:
 * nothing is padded to the longest message.
 */
export function formatPretty(files: VFile[], options: PrettyOptions = {}): string {
  const color = options.color === true;
  const width = Math.max(narrowest, options.width ?? defaultWidth);
  const withMessages = files.filter((file) => file.messages.length > 0);
  if (withMessages.length === 0) return '';
  const all = withMessages.flatMap((file) => file.messages);
  const placeWidth = Math.max(...all.map((message) => placeOf(message).length));
  const severityWidth = Math.max(...all.map((message) => severityOf(message).length));
  const indent = 2 + placeWidth + 2 + severityWidth + 2;
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  const out: string[] = [];
  for (const file of withMessages) {
    if (out.length > 0) out.push('');
    out.push(paint(color, 4, file.path));
    for (const message of [...file.messages].sort(byPlace)) {
      const severity = severityOf(message);
      counts[severity]++;
      const rule = [message.ruleId, message.source].filter((part) => part !== undefined && part !== '').join(' ');
      const lines = wrap(message.reason, width - indent);
      const last = lines.length - 1;
      // The rule id ends the message's last line, or has a line of its own.
      if (rule !== '' && (lines[last] ?? '').length + 2 + rule.length <= width - indent) lines[last] = `${lines[last] ?? ''}  ${paint(color, 2, rule)}`;
      else if (rule !== '') lines.push(paint(color, 2, rule));
      const head = `  ${placeOf(message).padEnd(placeWidth)}  ${paint(color, severityColors[severity], severity.padEnd(severityWidth))}  `;
      out.push(...lines.map((line, index) => (index === 0 ? head : ' '.repeat(indent)) + line));
      const cause = message.cause;
      if (cause !== null && typeof cause === 'object' && 'reason' in cause) {
        const related = cause as VFileMessage;
        out.push(...wrap(`[cause] ${placeOf(related)} ${related.reason}`, width - indent - 2).map((line, index) => ' '.repeat(indent + (index === 0 ? 0 : 2)) + line));
      }
    }
  }
  const summary = [
    counts.error > 0 ? paint(color, severityColors.error, `✖ ${plural(counts.error, 'error')}`) : '',
    counts.warning > 0 ? paint(color, severityColors.warning, `⚠ ${plural(counts.warning, 'warning')}`) : '',
    counts.info > 0 ? plural(counts.info, 'message') : ''
  ].filter((part) => part !== '');
  out.push('', summary.join(', '));
  return out.join('\n') + '\n';
}
