import type {IncomingMessage} from 'node:http';

/** What the preview answers before its handler sees a request: nothing (go on), or a status. */
export type GuardVerdict = {ok: true; path: string} | {ok: false; status: 400 | 403; reason: string};

const localHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Let through only requests for this preview: a `Host` of `localhost`,
 * `127.0.0.1` or `[::1]` with the server's port (another name is a page
 * that rebound its DNS to read the preview, drafts and all), and a target
 * that parses as a path. Returns the decoded path without leading slashes.
 */
export function guardRequest(request: Pick<IncomingMessage, 'url' | 'headers'>, port: number): GuardVerdict {
  const host = request.headers.host?.toLowerCase() ?? '';
  const name = host.replace(/:\d+$/, '');
  // A browser leaves out only the default port.
  if (!localHosts.has(name) || (host !== `${name}:${port}` && !(port === 80 && host === name))) {
    return {ok: false, status: 403, reason: 'Forbidden: this preview answers only to localhost, 127.0.0.1 and [::1] with its port.\n'};
  }
  const target = request.url ?? '';
  // Only origin-form targets (`/path?query`): `//host`, `*` and absolute URLs are not pages of this site.
  if (!target.startsWith('/') || target.startsWith('//')) return badRequest();
  let url: URL;
  try {
    url = new URL(target, `http://${host}`);
  } catch {
    return badRequest();
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return badRequest();
  }
  if (path.includes('\0')) return badRequest();
  return {ok: true, path: path.replace(/^\/+/, '')};
}

function badRequest(): GuardVerdict {
  return {ok: false, status: 400, reason: 'Bad request: the target is not a path on this site.\n'};
}
