import {cp, mkdtemp, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {basename, join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {main, type MessageRecord} from '@folio/cli';
import type {Diagnostic, LspClient, Published} from './lsp-client.js';
import {testCacheDir} from './make-site.js';

const severities: Record<number, MessageRecord['severity']> = {1: 'error', 2: 'warning', 3: 'info'};

/** A message as both the check and the editor can show it: rule, where it starts, severity and text. */
export interface Shown {
  ruleId: string;
  line: number;
  column: number;
  severity: MessageRecord['severity'];
  message: string;
}

export function fromCheck(record: MessageRecord): Shown {
  const {ruleId, line, column, severity, message} = record;
  return {ruleId, line, column, severity, message};
}

export function fromEditor(diagnostic: Diagnostic): Shown {
  const {start} = diagnostic.range;
  return {
    ruleId: String(diagnostic.code ?? 'unknown'),
    line: start.line + 1,
    column: start.character + 1,
    severity: severities[diagnostic.severity ?? 3] ?? 'info',
    message: diagnostic.message
  };
}

/** Both sides sorted the same way, so lists compare as sets with their repeats. */
export function sortShown(shown: Shown[]): Shown[] {
  const key = (each: Shown): string => JSON.stringify([each.line, each.column, each.ruleId, each.severity, each.message]);
  return [...shown].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `folio check --format json` in this process, against the committed record only (no deployed site to fetch). */
export async function checkRecords(contentDir: string): Promise<MessageRecord[]> {
  const run = await main(['check', '--content', contentDir, '--format', 'json', '--published', 'none'], {cacheDir: testCacheDir});
  return run.stdout === '' ? [] : (JSON.parse(run.stdout) as MessageRecord[]);
}

/** The check's messages on one content-relative file, as the editor would show them. */
export function checkedOn(records: MessageRecord[], file: string): Shown[] {
  return sortShown(records.filter((record) => record.file === file).map(fromCheck));
}

/** A copy of a fixture site in a fresh temp folder: the server and the check may write beside it, never into the fixture. */
export async function copySite(fixture: string): Promise<string> {
  const copy = join(await mkdtemp(join(tmpdir(), 'folio-lsp-site-')), basename(fixture));
  await cp(fixture, copy, {recursive: true});
  return copy;
}

/** Every Markdown file under `dir`, content-relative with `/`, sorted. */
export async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && /\.(md|markdown)$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The diagnostics the server last published for `path`, or none when it never published any. */
export function lastPublished(client: LspClient, path: string): Diagnostic[] {
  const uri = pathToFileURL(path).href;
  const published = client.notifications.filter((note) => note.method === 'textDocument/publishDiagnostics' && (note.params as Published).uri === uri);
  return (published.at(-1)?.params as Published | undefined)?.diagnostics ?? [];
}

/** What the editor shows on `path`, as last published. */
export function shownOn(client: LspClient, path: string): Shown[] {
  return sortShown(lastPublished(client, path).map(fromEditor));
}
