import {writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {main} from '@folio/cli';
import {afterEach, describe, expect, it} from 'vitest';
import {startPreview, type RunningPreview} from './helpers/dev-preview.js';
import {makeSite, siteYaml} from './helpers/make-site.js';

const post = (body: string, title = 'Live') => `---\ntitle: ${title}\ndate: 2020-01-02\n---\n\n${body}\n`;
const livePage = '2020/01/02/live/';
/** Outputs of the two-post site below, served as they are. */
const outputs = ['2020/01/02/live/index.html', '2020/01/03/other/index.html', '404.html', 'atom.xml', 'favicon.svg', 'index.html', 'permalinks.json', 'robots.txt', 'sitemap.xml', 'style.css'];

// Several waits in a row, each bounded in the helper: a loaded machine may need more than the default for all of them.
describe('dev server', {timeout: 180_000}, () => {
  let preview: RunningPreview | undefined;
  afterEach(async () => {
    await preview?.stop();
    preview = undefined;
  });

  it('should serve the site, rebuild on change and send a reload for the changed page only', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('First words.'), 'posts/2020-01-03-other.md': '---\ntitle: Other\ndate: 2020-01-03\n---\n\nUnrelated.\n'});
    preview = await startPreview(dir);
    const before = await preview.text(livePage);
    expect(before.status).toBe(200);
    expect(before.body).toContain('First words.');
    expect(before.body).toContain('/__folio/client.js');

    const running = preview;
    const served = async () =>
      Object.fromEntries(
        await Promise.all(
          outputs.map(async (path) => {
            const {status, body} = await running.text(path);
            expect({path, status}).toEqual({path, status: 200});
            return [path, body] as const;
          })
        )
      );
    const bytesBefore = await served();
    const from = preview.events.length;
    await writeFile(join(dir, 'posts/2020-01-02-live.md'), post('Second words.'));
    await running.until('a reload', () => running.reloads(from).length > 0);
    const changed = preview.reloads(from).flat();
    const bytesAfter = await served();
    expect(bytesAfter['2020/01/02/live/index.html']).toContain('Second words.');
    // Exactly the outputs whose bytes changed: the post and the feed that carries it, not the other post or the home page (titles only).
    const differ = outputs.filter((path) => bytesBefore[path] !== bytesAfter[path]);
    expect(differ).toEqual(['2020/01/02/live/index.html', 'atom.xml']);
    expect(changed.filter((path) => outputs.includes(path))).toEqual(differ);
  });

  it('should keep serving the last good build and print the message with its place when a change breaks a check', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('Fine.')});
    preview = await startPreview(dir);
    const from = preview.events.length;
    await writeFile(join(dir, 'posts/2020-01-02-live.md'), post('A [broken](#nowhere) link.'));
    const running = preview;
    await running.until('the message', () => running.events.slice(from).some((event) => event.event === 'messages' && Array.isArray(event.data) && event.data.length > 0));
    const messages = preview.events.slice(from).find((event) => event.event === 'messages' && Array.isArray(event.data) && event.data.length > 0);
    expect(messages?.data).toEqual([expect.objectContaining({file: 'posts/2020-01-02-live.md', line: 6, column: 3, ruleId: 'no-missing-anchor', severity: 'error'})]);
    await running.until('the report in the terminal', () => running.log().includes('not rebuilt'));
    expect(preview.log()).toMatch(/posts\/2020-01-02-live\.md\n +6:3-6:21 +error +Unexpected missing anchor `#nowhere`[^\n]*\n +no-missing-anchor/);
    expect(preview.reloads(from)).toEqual([]);
    const page = await preview.text(livePage);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Fine.');
    const missing = await preview.text('no/such/page/');
    expect(missing.status).toBe(404);

    // Fixed, it builds again.
    await writeFile(join(dir, 'posts/2020-01-02-live.md'), post('Fixed.'));
    await running.until('the fixed page', async () => (await running.text(livePage)).body.includes('Fixed.'));
    await running.until('no messages', () => {
      const last = running.events.filter((event) => event.event === 'messages').at(-1);
      return Array.isArray(last?.data) && last.data.length === 0;
    });
    expect(running.log()).toMatch(/rebuilt, \d+ output\(s\) changed\n$/);
  });

  it('should reload pages when the site’s theme/style.css changes', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('Words.'), 'theme/style.css': 'body { color: black; }\n'});
    preview = await startPreview(dir);
    const page = await preview.text(livePage);
    expect(page.body).toMatch(/<link rel="stylesheet" href="\/theme\/style\.css"/);
    const from = preview.events.length;
    await writeFile(join(dir, 'theme/style.css'), 'body { color: rebeccapurple; }\n');
    const running = preview;
    await running.until('a reload', () => running.reloads(from).length > 0);
    expect(preview.reloads(from).flat()).toEqual(['theme/style.css']);
    expect((await preview.text('theme/style.css')).body).toContain('rebeccapurple');
  });

  it('should rebuild every page when site.yaml changes', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('Words.')});
    const running = (preview = await startPreview(dir));
    expect((await running.text('')).body).toContain('Test Site');
    const from = running.events.length;
    await writeFile(join(dir, 'site.yaml'), siteYaml.replace('title: Test Site', 'title: Renamed Site'));
    await running.until('the new title', async () => (await running.text('')).body.includes('Renamed Site'));
    await running.until('the reload', () => running.reloads(from).flat().includes('2020/01/02/live/index.html'));
    expect(running.reloads(from).flat()).toEqual(expect.arrayContaining(['index.html', '2020/01/02/live/index.html', 'atom.xml']));
    expect((await running.text(livePage)).body).toContain('Renamed Site');
  });

  it('should serve a project site under its base path, as it is deployed', async () => {
    const dir = await makeSite({
      'site.yaml': siteYaml.replace('baseUrl: https://example.com', 'baseUrl: https://name.github.io/repo'),
      'posts/2020-01-02-live.md': post('Words.')
    });
    preview = await startPreview(dir);
    expect(new URL(preview.url).pathname).toBe('/repo/');
    const page = await preview.text(livePage);
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/repo/style.css"');
    expect(page.body).toContain('data-base="/repo"');
    expect((await preview.text('/repo/style.css')).status).toBe(200);
  });

  it('should say so, and exit 1, when the port is taken', async () => {
    const dir = await makeSite({'posts/2020-01-02-live.md': post('Words.')});
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = await main(['dev', '--content', dir, '--port', String(port)], {log: () => undefined});
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe(`folio dev: port ${port} is in use; pass \`--port\` with another, or \`--port 0\` for any free one\n`);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
