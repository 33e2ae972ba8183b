import type {Point, Position} from 'unist';
import type {VFileMessage} from 'vfile-message';
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver';

/** What a quick fix needs: the replacements a message suggests. */
export interface DiagnosticData {
  expected: string[];
}

/**
 * Where a text's first line starts in the editor's document: one character
 * in when the document begins with a byte order mark, which the checks (like
 * the file reader of `npm run check`) do not count as text.
 */
export interface TextShift {
  firstLineCharacters: number;
}

function toLspPosition(point: Point, shift: TextShift): {line: number; character: number} {
  const line = Math.max(point.line - 1, 0);
  const character = Math.max(point.column - 1, 0) + (line === 0 ? shift.firstLineCharacters : 0);
  return {line, character};
}

function rangeOf(place: VFileMessage['place'], shift: TextShift): Range {
  if (!place) return {start: toLspPosition({line: 1, column: 1}, shift), end: toLspPosition({line: 1, column: 1}, shift)};
  const position: Position = 'start' in place ? place : {start: place, end: place};
  return {start: toLspPosition(position.start, shift), end: toLspPosition(position.end, shift)};
}

/** A message as the editor shows it: the same rule, place, severity and text as `npm run check` prints. */
export function toDiagnostic(message: VFileMessage, shift: TextShift): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message.place, shift),
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    message: message.reason
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.source) diagnostic.source = message.source;
  if (message.url) diagnostic.codeDescription = {href: message.url};
  if (message.expected && message.expected.length > 0) diagnostic.data = {expected: message.expected} satisfies DiagnosticData;
  return diagnostic;
}

/** One informational diagnostic at the start of a document: why it is not checked. */
export function noticeDiagnostic(reason: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Information, message: reason, source: 'folio'};
}
