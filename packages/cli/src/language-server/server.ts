import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {findContentDir, type CheckedSite, type SiteSession} from '@folio/site';
import {
  CodeActionKind,
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
import {CheckQueue} from './check-queue.js';
import {noticeDiagnostic, toDiagnostic, type DiagnosticData, type TextShift} from './diagnostics.js';
import {documentReport, isSiteBroken, siteFiles, type DocumentReport} from './document-report.js';
import {formatDocument} from './format-document.js';
import {Serial} from './serial.js';
import {EditorSites, type EditorSite} from './editor-sites.js';

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

/** Where an open document belongs: a file of a site, or why it is not checked. */
type Place = {kind: 'site'; contentDir: string; own: string} | {kind: 'outside'; reason: string};

async function placeOf(uri: string): Promise<Place> {
  const path = pathOf(uri);
  if (!path) return {kind: 'outside', reason: 'Not checked: folio checks Markdown files saved in a site’s `posts/` or `pages/` folder, and this document is not a file'};
  const contentDir = await findContentDir(dirname(path));
  if (contentDir === undefined) return {kind: 'outside', reason: `Not checked: no \`site.yaml\` in \`${dirname(path)}\` or any folder above it, so this file is not part of a folio site`};
  return {kind: 'site', contentDir, own: relative(contentDir, path).split(sep).join('/')};
}

/** The editor's text without a byte order mark (the check does not count one as text), and how far that moves line 1. */
function textOf(document: TextDocument): {text: string; shift: TextShift} {
  const full = document.getText();
  const bom = full.startsWith(byteOrderMark);
  return {text: bom ? full.slice(1) : full, shift: {firstLineCharacters: bom ? 1 : 0}};
}

/** Rule, severity and text of each message on the document, wherever it moved: what a format must not change. */
function verdictOf(report: DocumentReport): string[] | undefined {
  if (report.kind !== 'checked') return undefined;
  return report.file.messages.map((message) => `${message.ruleId} ${String(message.fatal)} ${message.reason}`).sort();
}

/**
 * folio's language server on `connection`: an adapter over one site session
 * (`openSite`) per content directory, so every open post and page gets the
 * messages `npm run check` gives it, and each unsaved buffer is its file's
 * text for every other file's checks too. Quick fixes, and a formatter that
 * never loses what was written. It asks the client for no settings, and
 * reads its capabilities defensively: a client that answers little or
 * oddly still gets every diagnostic.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  /** Whether the client reports file changes in its workspace folders to us (it agreed to watch them). */
  let clientWatches = false;
  const places = new Map<string, Promise<Place>>();
  const serial = new Serial();
  /** What was last published for each URI: the document's version and the diagnostics, so nothing unchanged is sent again. */
  const published = new Map<string, {version: number | undefined; key: string}>();
  /** The site files (site.yaml, permalinks.json…) each content directory last published diagnostics on. */
  const siteFileUris = new Map<string, Set<string>>();
  const shown = new Set<string>();

  const show = (type: MessageType, message: string): void => {
    // Once per distinct message: a keystroke must not pop up the same notice again.
    if (shown.has(message)) return;
    shown.add(message);
    void connection.sendNotification('window/showMessage', {type, message});
  };

  const placed = (uri: string): Promise<Place> => {
    let place = places.get(uri);
    if (!place) {
      place = placeOf(uri);
      places.set(uri, place);
    }
    return place;
  };

  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]): void => {
    const key = JSON.stringify(diagnostics);
    const last = published.get(uri);
    if (last && last.version === version && last.key === key) return;
    if (!last && version === undefined && diagnostics.length === 0) return;
    published.set(uri, {version, key});
    void connection.sendDiagnostics(version === undefined ? {uri, diagnostics} : {uri, version, diagnostics});
  };

  const sessions = new EditorSites({
    onDiskChange: (contentDir) => setTimeout(() => queue.schedule(contentDir), settleMs).unref(),
    clientWatches: (contentDir) => clientWatches && folders.some((folder) => isInside(folder, contentDir) || folder === contentDir)
  });

  interface OpenDocument {
    uri: string;
    own: string;
    version: number;
    text: string;
    shift: TextShift;
  }

  /** The open documents of `contentDir`, as they are now. */
  async function openDocumentsOf(contentDir: string): Promise<OpenDocument[]> {
    const found: OpenDocument[] = [];
    for (const document of documents.all()) {
      const place = await placed(document.uri);
      if (place.kind !== 'site' || place.contentDir !== contentDir) continue;
      found.push({uri: document.uri, own: place.own, version: document.version, ...textOf(document)});
    }
    return found;
  }

  /** Give the session the editor's buffers (and take back those of documents closed since): the documents whose buffer was set now, and whether one was taken back. */
  function setBuffers(site: EditorSite, session: SiteSession, open: OpenDocument[]): {set: OpenDocument[]; dropped: boolean} {
    const now = new Map(open.map((document) => [document.own, document]));
    let dropped = false;
    for (const own of site.buffered.keys()) {
      if (!now.has(own)) {
        session.setBuffer(own, undefined);
        site.buffered.delete(own);
        site.parses.forget(own);
        dropped = true;
      }
    }
    const set: OpenDocument[] = [];
    for (const document of open) {
      if (site.buffered.get(document.own) === document.version) continue;
      session.setBuffer(document.own, document.text);
      site.buffered.set(document.own, document.version);
      set.push(document);
    }
    return {set, dropped};
  }

  function publishSiteFiles(contentDir: string, checked: CheckedSite, open: Set<string>): void {
    const before = siteFileUris.get(contentDir) ?? new Set<string>();
    const now = new Set<string>();
    for (const file of siteFiles(checked)) {
      if (open.has(file.path)) continue;
      const uri = pathToFileURL(join(contentDir, file.path)).href;
      now.add(uri);
      publish(uri, undefined, file.messages.map((message) => toDiagnostic(message, {firstLineCharacters: 0})));
    }
    for (const uri of before) if (!now.has(uri)) publish(uri, undefined, []);
    siteFileUris.set(contentDir, now);
    if (isSiteBroken(checked)) {
      const problems = checked.configFile.messages.filter((message) => message.fatal === true);
      const count = problems.length;
      show(MessageType.Error, `folio: \`${join(contentDir, 'site.yaml')}\` has ${count} problem${count === 1 ? '' : 's'}, so nothing in this site is checked until ${count === 1 ? 'it is' : 'they are'} fixed: ${problems[0]?.reason ?? ''}`);
    }
  }

  function diagnosticsOf(contentDir: string, report: DocumentReport, shift: TextShift): Diagnostic[] {
    if (report.kind === 'skipped') return [noticeDiagnostic(report.reason)];
    if (report.kind === 'site-broken') return [noticeDiagnostic(`Not checked: \`${join(contentDir, 'site.yaml')}\` has errors (see its diagnostics), and \`npm run check\` checks nothing until they are fixed`)];
    return report.file.messages.map((message) => toDiagnostic(message, shift));
  }

  /** Keystrokes that arrived during a check are read and handled first (the connection takes one message per turn). */
  async function nextTurn(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
  }

  function publishDocument(contentDir: string, checked: CheckedSite, document: OpenDocument): void {
    // A newer version is waiting in the queue: this report is stale, drop it.
    if (documents.get(document.uri)?.version !== document.version) return;
    publish(document.uri, document.version, diagnosticsOf(contentDir, documentReport(checked, contentDir, document.own), document.shift));
  }

  /**
   * Re-read what changed on disk, give the session the editor's buffers,
   * and answer each edited document first (`checkFirst`: that file alone,
   * when nothing else changed); then, when the session says other files'
   * messages may have changed, check the site and publish what changed on
   * every open document.
   */
  async function relint(contentDir: string): Promise<void> {
    const site = sessions.of(contentDir);
    const session = await site.session;
    const changes = await site.watcher.take();
    if (!site.opened) site.opened = true;
    else if (changes === 'all') await session.refresh();
    else if (changes.size > 0) await session.refresh([...changes]);
    const open = await openDocumentsOf(contentDir);
    const {set} = setBuffers(site, session, open);
    // Only the disk or a closed buffer changed: one document's answer says whether anything else did.
    const asked = set.length > 0 ? set : open.slice(0, 1);
    let others: 'included' | 'unchanged' | 'changed' = asked.length > 0 ? 'unchanged' : 'changed';
    for (const document of asked) {
      const answer = await session.checkFirst(document.own);
      await nextTurn();
      publishSiteFiles(contentDir, answer.checked, new Set(open.map((each) => each.own)));
      if (answer.others === 'included') {
        for (const each of open) publishDocument(contentDir, answer.checked, each);
        others = 'included';
        break;
      }
      publishDocument(contentDir, answer.checked, document);
      if (answer.others === 'changed') others = 'changed';
    }
    if (others !== 'changed') return;
    // The answers go out before the rest is checked.
    await nextTurn();
    const checked = await session.check();
    await nextTurn();
    publishSiteFiles(contentDir, checked, new Set(open.map((document) => document.own)));
    for (const document of open) publishDocument(contentDir, checked, document);
  }

  /** Queued by content directory, or by URI for a document outside any site. */
  const queue = new CheckQueue((key) =>
    serial.run(async () => {
      try {
        if (!key.startsWith('outside:')) return await relint(key);
        const uri = key.slice('outside:'.length);
        const document = documents.get(uri);
        const place = await placed(uri);
        if (document && place.kind === 'outside') publish(uri, document.version, [noticeDiagnostic(place.reason)]);
      } catch (error) {
        connection.console.error(`folio: could not check ${key}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        show(MessageType.Error, `folio: could not check ${key} (${String(error)}); please report this, with the log`);
      }
    })
  );

  const scheduleDocument = (uri: string): void => {
    void placed(uri).then((place) => queue.schedule(place.kind === 'site' ? place.contentDir : `outside:${uri}`));
  };

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
        sessions.rewatch();
        for (const site of sessions.all()) queue.schedule(site.contentDir);
      },
      (error: unknown) => connection.console.log(`folio: the client did not agree to watch files (${String(error)}); watching them ourselves`)
    );
  });

  connection.onDidChangeWatchedFiles((params) => {
    const touched = new Set<string>();
    for (const change of params?.changes ?? []) {
      const path = typeof change?.uri === 'string' ? pathOf(change.uri) : undefined;
      if (path) for (const contentDir of sessions.noteChange(path, change.type === FileChangeType.Changed)) touched.add(contentDir);
    }
    for (const contentDir of touched) queue.schedule(contentDir);
  });

  documents.onDidChangeContent((event) => scheduleDocument(event.document.uri));
  documents.onDidClose((event) => {
    const {uri} = event.document;
    const place = places.get(uri);
    places.delete(uri);
    published.delete(uri);
    void connection.sendDiagnostics({uri, diagnostics: []});
    // Its buffer goes: the file on disk is what every other file sees again.
    void place?.then((where) => {
      if (where.kind === 'site') queue.schedule(where.contentDir);
    });
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

  /** Whether the check says the same about the document as written and as formatted: each text tried as its buffer, then the editor's put back. */
  function sameVerdict(uri: string, text: string, formatted: string): Promise<boolean> {
    return serial.run(async () => {
      const place = await placed(uri);
      if (place.kind !== 'site') return true;
      const site = sessions.of(place.contentDir);
      const session = await site.session;
      const verdicts: Array<string[] | undefined> = [];
      try {
        for (const tried of [text, formatted]) {
          session.setBuffer(place.own, tried);
          verdicts.push(verdictOf(documentReport(await session.check(), place.contentDir, place.own)));
        }
      } finally {
        session.setBuffer(place.own, text);
        // The buffer holds the editor's text again, whatever version that is: the next re-lint sets it anew.
        site.buffered.delete(place.own);
      }
      return JSON.stringify(verdicts[0]) === JSON.stringify(verdicts[1]);
    });
  }

  connection.onDocumentFormatting(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const full = document.getText();
    const {text} = textOf(document);
    const bom = full.length !== text.length;
    const result = formatDocument(text);
    if (result.kind === 'same') return [];
    if (result.kind === 'refused') {
      show(MessageType.Warning, `folio: ${result.reason}`);
      return null;
    }
    // The same tree is not enough: remark escapes `[^note]` without a definition, which silences a message.
    if (!(await sameVerdict(document.uri, text, result.text))) {
      show(MessageType.Warning, 'folio: Not formatted: remark would change what the checks report on this document (an escaped footnote reference, a link…), so it is left as written');
      return null;
    }
    return [{range: {start: {line: 0, character: 0}, end: document.positionAt(full.length)}, newText: (bom ? byteOrderMark : '') + result.text}];
  });

  connection.onShutdown(() => sessions.close());
  documents.listen(connection);
  connection.listen();
}
