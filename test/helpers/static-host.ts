import {readFile, stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, resolve, sep} from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg'
};

async function fileAt(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(root, '.' + decoded);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && (await stat(join(path, 'index.html')).catch(() => undefined))?.isFile()) return join(path, 'index.html');
  return undefined;
}

/** A static host for a built site on 127.0.0.1: folders serve index.html, anything missing 404.html with status 404. */
export function serveSite(root: string): Promise<{server: Server; origin: string; close: () => Promise<void>}> {
  const server = createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://localhost');
    void fileAt(root, pathname)
      .then(async (path) => {
        const file = path ?? join(root, '404.html');
        const body = await readFile(file);
        response.writeHead(path === undefined ? 404 : 200, {'content-type': contentTypes[extname(file)] ?? 'application/octet-stream'});
        response.end(body);
      })
      .catch((error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as AddressInfo;
      done({server, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((closed) => server.close(() => closed()))});
    });
  });
}
