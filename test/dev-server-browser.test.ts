import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {afterEach, describe, expect, it} from 'vitest';
import {startPreview, type RunningPreview} from './helpers/dev-preview.js';
import {makeSite} from './helpers/make-site.js';
import {chromiumArgs, chromiumGate, gateNote, requireTool} from './helpers/tools.js';

const post = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;
const gate = chromiumGate();

/** A page of the preview, with how often it loaded and the reload events its own script received. */
interface Watched {
  page: Page;
  loads: () => number;
  reloadsReceived: () => number;
}

async function openWatched(context: BrowserContext, url: string): Promise<Watched> {
  const page = await context.newPage();
  let loads = 0;
  let received = 0;
  page.on('load', () => (loads += 1));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.eventSourceMessageReceived', (event) => {
    if (event.eventName === 'reload') received += 1;
  });
  await connected(page, () => page.goto(url));
  return {page, loads: () => loads, reloadsReceived: () => received};
}

/** Run `action` and wait until the page's own script is connected to the preview's events again. */
async function connected(page: Page, action: () => Promise<unknown>): Promise<void> {
  const events = page.waitForResponse((response) => response.url().endsWith('/__folio/events'), {timeout: 45_000});
  await action();
  await events;
}

// Several waits in a row, each bounded in the helper: a loaded machine may need more than the default for all of them.
describe.skipIf(gate.skip)(`the preview's pages in headless Chromium${gateNote(gate)}`, {timeout: 180_000}, () => {
  let preview: RunningPreview | undefined;
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close();
    await preview?.stop();
    context = undefined;
    preview = undefined;
  });

  it('should reload a page when it or its stylesheet changes, and not when another post does', async () => {
    const dir = await makeSite({
      'posts/2020-01-02-live.md': post('Live', '2020-01-02', 'First words.'),
      'posts/2020-01-05-other.md': post('Other', '2020-01-05', 'Unrelated.'),
      'theme/style.css': 'body { color: rgb(0, 0, 0); }\n'
    });
    const running = (preview = await startPreview(dir));
    context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'folio-chromium-')), {executablePath: requireTool(gate), headless: true, args: chromiumArgs});
    const watched = await openWatched(context, new URL('2020/01/02/live/', running.url).href);
    const {page} = watched;
    expect(watched.loads()).toBe(1);

    // The site's stylesheet: every page links it, so this one reloads.
    await connected(page, async () => {
      await writeFile(join(dir, 'theme/style.css'), 'body { color: rgb(102, 51, 153); }\n');
      await running.until('the page to reload for its stylesheet', () => watched.loads() === 2);
    });
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(102, 51, 153)');

    // Another post: this page's bytes are the same, so it stays.
    const before = watched.reloadsReceived();
    await writeFile(join(dir, 'posts/2020-01-05-other.md'), post('Other', '2020-01-05', 'Changed elsewhere.'));
    await running.until('the page to hear of the other post', () => watched.reloadsReceived() > before);

    // This post: it reloads, once.
    await writeFile(join(dir, 'posts/2020-01-02-live.md'), post('Live', '2020-01-02', 'Second words.'));
    await running.until('the new words on the page', async () => (await page.locator('main').textContent().catch(() => ''))?.includes('Second words.') === true);
    expect(watched.loads()).toBe(3);
  });
});
