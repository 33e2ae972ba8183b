import {spawn, type ChildProcess} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, makeSite, siteYaml} from './helpers/make-site.js';

const post = (body: string) => `---\ntitle: Live\ndate: 2020-01-02\n---\n\n${body}\n`;

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
}

function startDev(contentDir: string): Promise<Running> {
  const child = spawn(process.execPath, [cliPath, 'dev', '--content', contentDir, '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /at (http:\/\/localhost:\d+\/\S*)/.exec(stderr);
      if (match?.[1]) resolve({child, url: match[1], stderr: () => stderr});
    });
    child.once('exit', (code) => reject(new Error(`dev exited with ${code}: ${stderr}`)));
  });
}

/** Read server-sent events until one named `name` arrives. */
async function nextEvent(url: string, name: string, afterConnect: () => Promise<void>, accept: (data: unknown) => boolean = () => true): Promise<unknown> {
  const controller = new AbortController();
  const response = await fetch(new URL('__folio/events', url), {signal: controller.signal});
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no event stream');
  let buffer = '';
  let connected = false;
  try {
    for (;;) {
      const {value, done} = await reader.read();
      if (done) throw new Error('event stream ended');
      buffer += value;
      if (!connected && buffer.includes('event: messages')) {
        connected = true;
        await afterConnect();
      }
      for (const frame of buffer.split('\n\n').slice(0, -1)) {
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event !== name || data === undefined) continue;
        const parsed: unknown = JSON.parse(data);
        if (accept(parsed)) return parsed;
      }
      const cut = buffer.lastIndexOf('\n\n');
      if (cut >= 0) buffer = buffer.slice(cut + 2);
    }
  } finally {
    controller.abort();
  }
}

describe('dev server', () => {
  let running: Running | undefined;
  afterEach(() => {
    running?.child.kill('SIGTERM');
    running = undefined;
  });

  it('should serve the site, rebuild on change and send a reload for the changed page', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('First words.'), 'posts/2020-01-03-other.md': '---\ntitle: Other\ndate: 2020-01-03\n---\n\nUnrelated.\n'});
    running = await startDev(dir);
    const page = new URL('2020/01/02/live/', running.url);
    const before = await (await fetch(page)).text();
    expect(before).toContain('First words.');
    expect(before).toContain('/__folio/client.js');

    const changed = await nextEvent(running.url, 'reload', () => writeFile(join(dir, 'posts/2020-01-02-live.md'), post('Second words.')));
    expect(changed).toContain('2020/01/02/live/index.html');
    expect(changed).not.toContain('2020/01/03/other/index.html');
    expect(await (await fetch(page)).text()).toContain('Second words.');
  });

  it('should keep serving and show messages when a change breaks a check', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('Fine.')});
    running = await startDev(dir);
    const messages = await nextEvent(
      running.url,
      'messages',
      () => writeFile(join(dir, 'posts/2020-01-02-live.md'), post('A [broken](#nowhere) link.')),
      (data) => Array.isArray(data) && data.length > 0
    );
    expect(JSON.stringify(messages)).toContain('no-missing-anchor');
    const page = await fetch(new URL('2020/01/02/live/', running.url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Fine.');
    expect(running.child.exitCode).toBeNull();
    const missing = await fetch(new URL('no/such/page/', running.url));
    expect(missing.status).toBe(404);
  });

  it('should serve a project site under its base path, as it is deployed', async () => {
    const dir = await makeSite({
      'site.yaml': siteYaml.replace('baseUrl: https://example.com', 'baseUrl: https://name.github.io/repo'),
      'posts/2020-01-02-live.md': post('Words.')
    });
    running = await startDev(dir);
    expect(new URL(running.url).pathname).toBe('/repo/');
    const page = await fetch(new URL('2020/01/02/live/', running.url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="/repo/style.css"');
    expect(html).toContain('data-base="/repo"');
    expect((await fetch(new URL('/repo/style.css', running.url))).status).toBe(200);
  });
});
