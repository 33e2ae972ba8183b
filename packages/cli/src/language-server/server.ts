import {dirname, join, relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Problem} from '@folio/core';
import {findContentDir, WorkspaceSites, type WorkspaceSite} from '@folio/site';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {checkDocument, Linters, type DocumentReport} from './check-document.js';
import {CheckQueue} from './check-queue.js';
import {noticeDiagnostic, toDiagnostic, type DiagnosticData, type TextShift} from './diagnostics.js';
import {DocumentParses} from './document-parses.js';
import {factsFromCheck} from './facts-from-check.js';
import {formatDocument} from './format-document.js';

/** How long after a change on disk the open documents are checked again: saves come as bursts of events. */
const settleMs = 50;

const byteOrderMark = '\uFEFF';

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return !inside.startsWith('..') && inside !== path;
}

/** Workspace folders from whatever the client sent: folders, a root URI, a root path, or nothing. */
function foldersOf(params: InitializeParams): string[] {
  const uris = [...(Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : []), params.rootUri ?? undefined];
  const paths = uris.flatMap((uri) => (typeof uri === 'string' ? (pathOf(uri) ?? []) : []));
  if (typeof params.rootPath === 'string') paths.push(params.rootPath);
  return paths;
}

function problemDiagnostics(problems: Problem[]): Diagnostic[] {
  return problems.map((problem) => {
    const start = problem.position?.start ?? {line: 1, column: 1};
    const end = problem.position?.end ?? start;
    return {
      range: {start: {line: start.line - 1, character: start.column - 1}, end: {line: end.line - 1, character: end.column - 1}},
      severity: DiagnosticSeverity.Error,
      message: problem.reason,
      code: problem.ruleId,
      source: 'folio'
    };
  });
}

/**
 * folio's language server on `connection`: the checks of `npm run check`
 * for every open Markdown document, as you type, with quick fixes and a
 * formatter that never loses what was written. It asks the client for no
 * settings, and reads its capabilities defensively: a client that answers
 * little or oddly still gets every diagnostic.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const parses = new DocumentParses();
  const linters = new Linters();
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** Folders whose file changes the client reports to us (it agreed to watch them). */
  let clientWatches = false;
  const onDisk = (contentDir: string): void => {
    setTimeout(() => {
      for (const document of documents.all()) {
        const path = pathOf(document.uri);
        if (path && isInside(contentDir, path)) queue.schedule(document.uri);
      }
    }, settleMs).unref();
  };
  let sites = new WorkspaceSites({onChange: onDisk, seed: factsFromCheck});
  /** What was last published for each site's own files, so a keystroke does not send them again. */
  const siteFiles = new Map<string, string>();
  const shown = new Set<string>();

  const show = (type: MessageType, message: string): void => {
    // Once per distinct message: a keystroke must not pop up the same notice again.
    if (shown.has(message)) return;
    shown.add(message);
    void connection.sendNotification('window/showMessage', {type, message});
  };

  const publishSiteFiles = (contentDir: string, workspace: WorkspaceSite, ruleProblems: Problem[]): void => {
    const files: Array<[string, Diagnostic[]]> = [
      [join(contentDir, 'site.yaml'), problemDiagnostics([...workspace.problems, ...ruleProblems])],
      [join(contentDir, 'permalinks.json'), problemDiagnostics(workspace.recordProblems)]
    ];
    for (const [path, diagnostics] of files) {
      const key = JSON.stringify(diagnostics);
      if (siteFiles.get(path) === key || (diagnostics.length === 0 && !siteFiles.has(path))) continue;
      siteFiles.set(path, key);
      void connection.sendDiagnostics({uri: pathToFileURL(path).href, diagnostics});
    }
    const count = workspace.problems.length + ruleProblems.length;
    if (count > 0) {
      show(MessageType.Error, `folio: \`${join(contentDir, 'site.yaml')}\` has ${count} problem${count > 1 ? 's' : ''}, so nothing in this site is checked until ${count > 1 ? 'they are' : 'it is'} fixed: ${[...workspace.problems, ...ruleProblems][0]?.reason ?? ''}`);
    }
  };

  async function report(document: TextDocument, text: string): Promise<Diagnostic[]> {
    const path = pathOf(document.uri);
    if (!path) return [noticeDiagnostic('Not checked: folio checks Markdown files saved in a site’s `posts/` or `pages/` folder, and this document is not a file')];
    const contentDir = await findContentDir(dirname(path));
    if (contentDir === undefined) {
      return [noticeDiagnostic(`Not checked: no \`site.yaml\` in \`${dirname(path)}\` or any folder above it, so this file is not part of a folio site`)];
    }
    const workspace = await sites.refresh(contentDir);
    const result: DocumentReport = await checkDocument({contentDir, path, text, workspace, parses, linters});
    publishSiteFiles(contentDir, workspace, workspace.site ? linters.of(workspace.site).problems : []);
    const bom = document.getText({start: {line: 0, character: 0}, end: {line: 0, character: 1}}) === byteOrderMark;
    const shift: TextShift = {firstLineCharacters: bom ? 1 : 0};
    if (result.kind === 'skipped') return [noticeDiagnostic(result.reason)];
    if (result.kind === 'site-broken') return [noticeDiagnostic(`Not checked: \`${join(contentDir, 'site.yaml')}\` has errors (see its diagnostics), and \`npm run check\` checks nothing until they are fixed`)];
    return result.file.messages.map((message) => toDiagnostic(message, shift));
  }

  const queue = new CheckQueue(async (uri) => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const full = document.getText();
    const text = full.startsWith(byteOrderMark) ? full.slice(1) : full;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await report(document, text);
    } catch (error) {
      connection.console.error(`folio: could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      show(MessageType.Error, `folio: could not check ${uri} (${String(error)}); please report this, with the log`);
      return;
    }
    // Keystrokes that arrived during the check are read and handled first (the connection takes one message per turn).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    // A newer version is waiting in the queue: this report is stale, drop it.
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({uri, version, diagnostics});
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params?.capabilities ?? {};
    folders = params ? foldersOf(params) : [];
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        documentFormattingProvider: true
      },
      serverInfo: {name: 'folio-language-server'}
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration !== true || folders.length === 0) return;
    connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: '**/*'}]}).then(
      () => {
        // The client watches its workspace folders now: content inside them needs no watcher of ours.
        clientWatches = true;
        const reported = folders;
        sites.close();
        sites = new WorkspaceSites({onChange: onDisk, seed: factsFromCheck, external: (contentDir) => clientWatches && reported.some((folder) => isInside(folder, contentDir) || folder === contentDir)});
        for (const document of documents.all()) queue.schedule(document.uri);
      },
      (error: unknown) => connection.console.log(`folio: the client did not agree to watch files (${String(error)}); watching them ourselves`)
    );
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params?.changes ?? []) {
      const path = typeof change?.uri === 'string' ? pathOf(change.uri) : undefined;
      if (path) sites.noteChange(path, change.type === FileChangeType.Changed);
    }
    for (const document of documents.all()) queue.schedule(document.uri);
  });

  documents.onDidChangeContent((event) => queue.schedule(event.document.uri));
  documents.onDidClose((event) => {
    const path = pathOf(event.document.uri);
    if (path) parses.forget(path);
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []});
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context?.diagnostics ?? []) {
      const expected = (diagnostic.data as Partial<DiagnosticData> | undefined)?.expected;
      if (!Array.isArray(expected)) continue;
      const actual = document.getText(diagnostic.range);
      for (const replacement of expected) {
        if (typeof replacement !== 'string') continue;
        actions.push({
          title: replacement === '' ? `Remove \`${actual}\`` : `Replace \`${actual}\` with \`${replacement}\``,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: expected.length === 1,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
        });
      }
    }
    return actions;
  });

  /** What the check says about `text` as the document at `path`: rule, severity and text, wherever it moved. */
  async function verdict(path: string, text: string): Promise<string[] | undefined> {
    const contentDir = await findContentDir(dirname(path));
    if (contentDir === undefined) return undefined;
    const workspace = await sites.refresh(contentDir);
    // Parsed apart from the open documents' trees, which must stay those of the editor's text.
    const result = await checkDocument({contentDir, path, text, workspace, parses: new DocumentParses(), linters});
    if (result.kind !== 'checked') return undefined;
    return result.file.messages.map((message) => `${message.ruleId} ${String(message.fatal)} ${message.reason}`).sort();
  }

  connection.onDocumentFormatting(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const full = document.getText();
    const bom = full.startsWith(byteOrderMark);
    const text = bom ? full.slice(1) : full;
    const result = formatDocument(text);
    if (result.kind === 'same') return [];
    if (result.kind === 'refused') {
      show(MessageType.Warning, `folio: ${result.reason}`);
      return null;
    }
    // The same tree is not enough: remark escapes `[^note]` without a definition, which silences a message.
    const path = pathOf(document.uri);
    if (path && JSON.stringify(await verdict(path, text)) !== JSON.stringify(await verdict(path, result.text))) {
      show(MessageType.Warning, 'folio: Not formatted: remark would change what the checks report on this document (an escaped footnote reference, a link…), so it is left as written');
      return null;
    }
    return [{range: {start: {line: 0, character: 0}, end: document.positionAt(full.length)}, newText: (bom ? byteOrderMark : '') + result.text}];
  });

  connection.onShutdown(() => sites.close());
  documents.listen(connection);
  connection.listen();
}
