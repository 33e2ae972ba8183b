import {resolve} from 'node:path';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {openSite} from '@folio/site';
import {themeAssetsDir} from '@folio/theme';
import {clientScript} from './client-script.js';
import {contentTypeOf} from './content-types.js';
import {createRebuildQueue, type Changes, type RebuildQueue} from './rebuild-queue.js';
import {guardRequest} from './request-guard.js';
import {emptySnapshot, nextSnapshot, type PreviewSite, type Rebuild, type SiteSnapshot} from './site-snapshot.js';
import {watchSite} from './watch-site.js';

export interface DevServerOptions {
  contentDir: string;
  /** 0: any free port. */
  port: number;
  drafts: boolean;
  /** Folders inside the content directory that are not content (the output of a build): neither watched nor read. */
  skip?: string[];
  /** Called after every rebuild, the first included, for the terminal. */
  onRebuild?: (rebuild: Rebuild) => void;
  /** Called when a rebuild or a request throws (a bug, never content): the server stays up. */
  onError?: (error: unknown) => void;
  /** Called when the system stops reporting changes (too many watched files, a folder gone): the server stays up. */
  onWatchError?: (error: unknown) => void;
}

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

// Files settle in the watcher first; this gathers the files of one save (a rename, a touch) into one rebuild.
const quietMs = 40;

/**
 * The built file a decoded path asks for: a folder's `index.html`. Under a
 * base path (`/repo`), the pages are served below it, as deployed.
 */
function fileOf(path: string, basePath: string): string {
  const base = basePath.replace(/^\/+/, '');
  const below = base !== '' && (path === base || path.startsWith(`${base}/`)) ? path.slice(base.length).replace(/^\/+/, '') : path;
  return below === '' || below.endsWith('/') ? `${below}index.html` : below;
}

function withClient(html: Uint8Array, basePath: string): Buffer {
  const text = Buffer.from(html).toString('utf8');
  const tag = basePath === '' ? '<script src="/__folio/client.js" defer></script>' : `<script src="/__folio/client.js" data-base="${basePath.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" defer></script>`;
  return Buffer.from(text.includes('</body>') ? text.replace('</body>', `${tag}</body>`) : text + tag);
}

/**
 * Build, serve on localhost, rebuild what changed on disk and tell open
 * pages whose bytes changed to reload. The outputs are served from memory:
 * the preview writes nothing, and a static server such as sirv serves
 * only files on disk.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const contentDir = resolve(options.contentDir);
  const skip = (options.skip ?? []).map((folder) => resolve(folder));
  const themeDir = themeAssetsDir();
  const onError = (error: unknown) => options.onError?.(error);
  const clients = new Set<ServerResponse>();
  let snapshot: SiteSnapshot = emptySnapshot;

  function send(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client.write(frame);
  }

  /** The first build (no changes), or one after `changes`. */
  async function rebuild(site: PreviewSite, changes: Changes | undefined): Promise<void> {
    try {
      const result = await nextSnapshot(site, snapshot, changes);
      snapshot = result.snapshot;
      send('messages', snapshot.messages);
      if (result.changed.length > 0) send('reload', result.changed);
      options.onRebuild?.(result);
    } catch (error) {
      onError(error);
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
    response.end(type.startsWith('text/html') ? withClient(served, snapshot.basePath) : served);
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
      serve(request, response, fileOf(verdict.path, snapshot.basePath));
    } catch (error) {
      // A bug in serving one request must not stop the preview.
      onError(error);
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
      response.end();
    }
  });

  // Listen first: a port in use fails before any work.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const stopServing = () => {
    for (const client of clients) client.end();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };

  // Watching starts first, so nothing saved while the site is first read is missed; it waits for the first build.
  const early: Changes[] = [];
  let queue: RebuildQueue | undefined;
  const watcher = await watchSite({
    folders: [contentDir, themeDir],
    skip,
    onChange(changes) {
      if (queue) queue.add(changes);
      else early.push(changes);
    },
    onError: (error) => options.onWatchError?.(error)
  }).catch(async (error: unknown) => {
    await stopServing();
    throw error;
  });
  // The memo stays in memory: the preview re-checks and re-renders only what a change affects.
  const site = await openSite({contentDir, drafts: options.drafts, skip}).catch(async (error: unknown) => {
    await Promise.all([watcher.close(), stopServing()]);
    throw error;
  });
  await rebuild(site, undefined);
  const started = createRebuildQueue((changes) => rebuild(site, changes), quietMs);
  for (const changes of early.splice(0)) started.add(changes);
  queue = started;

  return {
    url: `http://localhost:${port}${snapshot.basePath}/`,
    async close() {
      await watcher.close();
      await started.close();
      await site.close();
      await stopServing();
    }
  };
}
