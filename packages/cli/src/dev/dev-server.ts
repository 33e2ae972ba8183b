import {watch, type FSWatcher} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {clientScript} from './client-script.js';
import {contentTypeOf} from './content-types.js';
import {guardRequest} from './request-guard.js';
import {createSiteBuilder, type Rebuild, type SiteSnapshot} from './site-snapshot.js';

export interface DevServerOptions {
  contentDir: string;
  port: number;
  drafts: boolean;
  /** Called after every rebuild, for the terminal. */
  onRebuild?: (rebuild: Rebuild) => void;
  /** Called when a rebuild throws (a bug, never content): the server stays up. */
  onError?: (error: unknown) => void;
}

export interface DevServer {
  url: string;
  /** Rebuild now (the watcher calls this on every change). */
  rebuild(): Promise<Rebuild>;
  close(): Promise<void>;
}

// Changes arrive in bursts (an editor writes, renames, touches): wait for quiet.
const settleMs = 60;

/** The built file a decoded path asks for: a folder's `index.html`. */
function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

function withClient(html: Uint8Array): Buffer {
  const text = Buffer.from(html).toString('utf8');
  const tag = '<script src="/__folio/client.js" defer></script>';
  return Buffer.from(text.includes('</body>') ? text.replace('</body>', `${tag}</body>`) : text + tag);
}

/** Build, serve on localhost, rebuild on change and tell open pages to reload. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const builder = createSiteBuilder(options.contentDir, options.drafts);
  const clients = new Set<ServerResponse>();
  let snapshot: SiteSnapshot = (await builder.rebuild()).snapshot;

  function send(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client.write(frame);
  }

  let running: Promise<Rebuild> | undefined;
  let again = false;
  async function rebuild(): Promise<Rebuild> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: Rebuild;
      do {
        again = false;
        result = await builder.rebuild();
      } while (again);
      return result;
    })();
    try {
      const result = await running;
      snapshot = result.snapshot;
      send('messages', snapshot.messages);
      if (result.changed.length > 0) send('reload', result.changed);
      options.onRebuild?.(result);
      return result;
    } finally {
      running = undefined;
    }
  }

  function serve(request: IncomingMessage, response: ServerResponse, path: string): void {
    if (path === '__folio/events') {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'});
      response.write(`event: messages\ndata: ${JSON.stringify(snapshot.messages)}\n\n`);
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === '__folio/client.js') {
      response.writeHead(200, {'content-type': contentTypeOf(path), 'cache-control': 'no-store'});
      response.end(clientScript);
      return;
    }
    // `/about` finds `about/index.html`; anything else not built gets the 404 page.
    const key = snapshot.files.has(path) ? path : `${path}/index.html`;
    const body = snapshot.files.get(key);
    const found = body !== undefined;
    const served = body ?? snapshot.files.get('404.html');
    const type = contentTypeOf(found ? key : '404.html');
    if (served === undefined) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
      response.end('Not built yet: see the messages in the terminal.\n');
      return;
    }
    response.writeHead(found ? 200 : 404, {'content-type': type, 'cache-control': 'no-store'});
    response.end(type.startsWith('text/html') ? withClient(served) : served);
  }

  let port = options.port;
  const server: Server = createServer((request, response) => {
    const verdict = guardRequest(request, port);
    if (!verdict.ok) {
      response.writeHead(verdict.status, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'});
      response.end(verdict.reason);
      return;
    }
    try {
      serve(request, response, fileOf(verdict.path));
    } catch (error) {
      // A bug in serving one request must not stop the preview.
      options.onError?.(error);
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
      response.end();
    }
  });

  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(options.contentDir, {recursive: true}, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      rebuild().catch((error: unknown) => options.onError?.(error));
    }, settleMs);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}/`,
    rebuild,
    async close() {
      clearTimeout(timer);
      watcher.close();
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
