import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {testCacheDir} from './make-site.js';

interface JsonRpcMessage {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: {message: string};
}

export interface LspClientOptions {
  /**
   * The answer to each `workspace/configuration` request, as a client sends
   * it: `[{}]` by default; Neovim and Helix answer `null`.
   */
  configuration?: unknown;
}

/** A minimal LSP client over stdio: enough to drive a server from a test. */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (message: JsonRpcMessage) => void>();
  private listeners: Array<(message: JsonRpcMessage) => void> = [];
  private readonly configuration: unknown;
  stderr = '';
  /** Every request the server sent, in order. */
  readonly serverRequests: Array<{method: string; params: unknown}> = [];
  /** Every notification the server sent, in order. */
  readonly notifications: Array<{method: string; params: unknown}> = [];

  constructor(command: string, args: string[], cwd: string, options: LspClientOptions = {}) {
    this.configuration = 'configuration' in options ? options.configuration : [{}];
    // The check's cache, which the server reads and fills, stays out of the repository, as for the CLI's tests.
    this.child = spawn(command, args, {cwd, stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, FOLIO_CACHE_DIR: testCacheDir}});
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as JsonRpcMessage;
      if (message.id !== undefined && message.method === undefined) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      } else if (message.method !== undefined && message.id !== undefined) {
        // Server-to-client requests (configuration, registration): answer with nothing.
        this.serverRequests.push({method: message.method, params: message.params});
        this.write({jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? this.configuration : null});
      } else {
        if (message.method !== undefined) this.notifications.push({method: message.method, params: message.params});
        for (const listener of this.listeners) listener(message);
      }
    }
  }

  private write(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
      this.write({jsonrpc: '2.0', id, method, params});
    });
  }

  notify(method: string, params: unknown): void {
    this.write({jsonrpc: '2.0', method, params});
  }

  /** Wait for a notification matching `accept`, or fail after `timeoutMs` (under the test's 60 s, so the failure names what was missing, on a loaded machine too). */
  waitFor<T>(method: string, accept: (params: T) => boolean, timeoutMs = 50_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      const listener = (message: JsonRpcMessage): void => {
        if (message.method === method && accept(message.params as T)) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((other) => other !== listener);
          resolve(message.params as T);
        }
      };
      this.listeners.push(listener);
    });
  }

  async close(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      this.child.kill();
    }
  }
}

export interface Diagnostic {
  message: string;
  code?: string | number;
  source?: string;
  severity?: number;
  range: {start: {line: number; character: number}; end: {line: number; character: number}};
  data?: unknown;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** The server as built by `npm run compile`: the bundle, as writers run it. */
export const serverPath = resolve(import.meta.dirname, '../../packages/cli/dist/bundle/language-server.js');

/** Start the server in `root`, initialize it with `capabilities` and that folder as the workspace. */
export async function startServer(root: string, capabilities: unknown = {}, options: LspClientOptions = {}): Promise<LspClient> {
  const client = new LspClient(process.execPath, [serverPath, '--stdio'], root, options);
  const uri = pathToFileURL(root).href;
  await client.request('initialize', {processId: process.pid, rootUri: uri, capabilities, workspaceFolders: [{uri, name: 'site'}]});
  client.notify('initialized', {});
  return client;
}

/** Open `path` with `text` and wait for its first diagnostics. */
export function openDocument(client: LspClient, path: string, text: string, version = 1): Promise<Published> {
  const uri = pathToFileURL(path).href;
  const published = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri);
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}});
  return published;
}

/** Replace the whole text of an open document and wait for the diagnostics of that version. */
export function changeDocument(client: LspClient, path: string, text: string, version: number): Promise<Published> {
  const uri = pathToFileURL(path).href;
  const published = client.waitFor<Published>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.version === version);
  client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]});
  return published;
}
