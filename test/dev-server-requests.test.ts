import {spawn, type ChildProcess} from 'node:child_process';
import {connect} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliPath, makeSite} from './helpers/make-site.js';

let child: ChildProcess | undefined;
let port = 0;

/** Write `head` as it is to the preview on 127.0.0.1 and read the status code of its answer. */
function rawRequest(head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(head));
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(answer);
      if (status?.[1]) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`connection closed without a status line: ${JSON.stringify(answer)}`)));
  });
}

const get = (target: string, host = `localhost:${port}`) => rawRequest(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

describe('the preview answers any request and keeps serving', () => {
  beforeAll(async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': '---\ntitle: Live\ndate: 2020-01-02\n---\n\nWords.\n'});
    const started = spawn(process.execPath, [cliPath, 'dev', '--content', dir, '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
    child = started;
    let stderr = '';
    port = await new Promise<number>((resolve, reject) => {
      started.stderr.setEncoding('utf8');
      started.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        const match = /at http:\/\/localhost:(\d+)\//.exec(stderr);
        if (match?.[1]) resolve(Number(match[1]));
      });
      started.once('exit', (code) => reject(new Error(`dev exited with ${code}: ${stderr}`)));
    });
  });

  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('should serve a page to each local host name with its port', async () => {
    expect(await get('/2020/01/02/live/')).toBe(200);
    expect(await get('/', `127.0.0.1:${port}`)).toBe(200);
    expect(await get('/', `[::1]:${port}`)).toBe(200);
    expect(await get('/no/such/page/')).toBe(404);
  });

  it('should answer 400 to targets that do not parse as a path, and keep serving', async () => {
    for (const target of ['//', '//[', '//a:b', 'http://[', '*', 'x', '/%E0%A4%A', '/%00']) {
      expect({target, status: await get(target)}).toEqual({target, status: 400});
      expect(await get('/')).toBe(200);
    }
  });

  it('should answer 403 to any other Host, and keep serving', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `localhost.evil.example:${port}`, 'localhost', `localhost:${port + 1}`, `127.0.0.2:${port}`, '']) {
      expect({host, status: await get('/', host)}).toEqual({host, status: 403});
    }
    expect(await rawRequest('GET / HTTP/1.0\r\n\r\n')).toBe(403);
    expect(await get('/2020/01/02/live/')).toBe(200);
  });

  it('should survive a request line that is not HTTP', async () => {
    expect(await rawRequest('GARBAGE\r\n\r\n')).toBe(400);
    expect(await get('/')).toBe(200);
    expect(child?.exitCode).toBeNull();
  });
});
