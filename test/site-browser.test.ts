import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, type BuiltSite} from './helpers/built-site.js';
import {serveSite} from './helpers/static-host.js';
import {chromiumArgs, chromiumGate, gateNote, requireTool} from './helpers/tools.js';

const notesPath = '/2013/01/14/notes-on-distributed-systems-for-young-bloods/';
const screenshotPath = join(tmpdir(), 'notes.png');

interface PageWatch {
  /** Console errors, page errors, failed and off-site requests. */
  problems: string[];
}

/** Record everything that would count as the page logging an error. */
function watch(page: Page, origin: string): PageWatch {
  const watched: PageWatch = {problems: []};
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) watched.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  return watched;
}

async function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Top and bottom of an element relative to the viewport, and the viewport height. */
async function box(page: Page, selector: string): Promise<{top: number; bottom: number; viewport: number}> {
  return page.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return {top: rect.top, bottom: rect.bottom, viewport: window.innerHeight};
  });
}

function hash(page: Page): string {
  return new URL(page.url()).hash;
}


const gate = chromiumGate();

describe.skipIf(gate.skip)(`the built site in headless Chromium${gateNote(gate)}`, () => {
  let site: BuiltSite | undefined;
  let close: (() => Promise<void>) | undefined;
  let origin = '';
  let profile: string | undefined;
  let context: BrowserContext | undefined;
  const offSite: string[] = [];

  beforeAll(async () => {
    const executablePath = requireTool(gate);
    site = await buildFixtureSite();
    ({origin, close} = await serveSite(site.dir));
    profile = await mkdtemp(join(tmpdir(), 'folio-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: chromiumArgs,
      viewport: {width: 800, height: 600}
    });
    // Pages must not need the network: record and refuse anything off this server.
    await context.route(/.*/, (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      offSite.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await context?.close();
    await close?.();
    await site?.remove();
    if (profile !== undefined) await rm(profile, {recursive: true, force: true});
  });

  async function open(path: string): Promise<{page: Page; watched: PageWatch; status: number | undefined}> {
    if (!context) throw new Error('browser not launched');
    const page = await context.newPage();
    const watched = watch(page, origin);
    const response = await page.goto(origin + path, {waitUntil: 'load'});
    return {page, watched, status: response?.status()};
  }

  it('should follow the `#cap` permalink, the footnote reference and its back-link on the Notes post', async () => {
    const {page, watched, status} = await open(notesPath);
    try {
      expect(status).toBe(200);
      await page.screenshot({path: screenshotPath});
      // Same-document navigation keeps this; a reload would drop it.
      await page.evaluate(() => {
        document.documentElement.dataset['folioProbe'] = 'kept';
      });

      const permalink = page.locator('.heading:has(> h2[id="cap"]) > a[href="#cap"]');
      await permalink.scrollIntoViewIfNeeded();
      const beforePermalink = await scrollY(page);
      await permalink.click();
      await page.waitForFunction(() => window.location.hash === '#cap');
      expect(hash(page)).toBe('#cap');
      expect(await scrollY(page)).not.toBe(beforePermalink);
      const heading = await box(page, 'h2[id="cap"]');
      expect(heading.top, 'the #cap heading should sit at the top of the viewport').toBeGreaterThanOrEqual(-1);
      expect(heading.top).toBeLessThan(heading.viewport * 0.2);

      const reference = page.locator('a[href="#fn:1"][id="fnref:1"]');
      await reference.scrollIntoViewIfNeeded();
      const atReference = await scrollY(page);
      await reference.click();
      await page.waitForFunction(() => window.location.hash === '#fn:1');
      expect(hash(page)).toBe('#fn:1');
      const atFootnote = await scrollY(page);
      expect(atFootnote).toBeGreaterThan(atReference);
      const footnote = await box(page, '[id="fn:1"]');
      expect(footnote.top, 'the footnote should be in the viewport').toBeGreaterThanOrEqual(-1);
      expect(footnote.top).toBeLessThan(footnote.viewport);

      await page.locator('[id="fn:1"] a[href="#fnref:1"]').click();
      await page.waitForFunction(() => window.location.hash === '#fnref:1');
      expect(hash(page)).toBe('#fnref:1');
      expect(await scrollY(page)).toBeLessThan(atFootnote);
      const back = await box(page, '[id="fnref:1"]');
      expect(back.top, 'the reference should be back in the viewport').toBeGreaterThanOrEqual(-1);
      expect(back.bottom).toBeLessThanOrEqual(back.viewport);

      expect(await page.evaluate(() => document.documentElement.dataset['folioProbe'])).toBe('kept');
      expect(watched.problems).toEqual([]);
      expect(offSite).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Headless Chromium skips the favicon; a writer's browser requests it and logs a 404 console error when it is missing.
  for (const width of [390, 1280]) {
    it(`should name each heading by its text alone and keep its # on the line of its last word, at ${width} px`, async () => {
      const {page, watched} = await open(notesPath);
      try {
        await page.setViewportSize({width, height: 800});
        const headings = await page.locator('main .heading > :is(h2, h3, h4, h5, h6)').evaluateAll((elements) =>
          elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
        );
        expect(headings.length).toBeGreaterThan(10);
        for (const text of headings) {
          // The accessible name, from the browser's accessibility tree.
          expect(await page.getByRole('heading', {name: text, exact: true}).count(), text).toBe(1);
          expect(await page.getByRole('link', {name: `Permalink: ${text}`, exact: true}).count(), text).toBe(1);
        }
        const tree = await page.locator('main').ariaSnapshot();
        expect(tree).toMatch(/- heading "[^"]+" \[level=2\]/);
        expect(tree).not.toMatch(/- heading "[^"]*(Permalink|#)"/);

        const strays = await page.locator('main .heading').evaluateAll((wrappers) =>
          wrappers.flatMap((wrapper) => {
            const heading = wrapper.firstElementChild;
            const link = wrapper.querySelector(':scope > .permalink');
            const lines = heading ? [...heading.getClientRects()] : [];
            const last = lines.at(-1);
            const mark = link?.getClientRects();
            if (!last || !mark || mark.length !== 1 || !mark[0]) return [`${heading?.id ?? '?'}: no boxes`];
            const onLastLine = mark[0].top < last.bottom && mark[0].bottom > last.top && mark[0].left >= last.right - 1;
            return onLastLine ? [] : [`#${heading?.id ?? '?'}: the # is not after the last word`];
          })
        );
        expect(strays).toEqual([]);

        const sizes = await page.evaluate(() => {
          const body = parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize);
          return {body, smallest: Math.min(...[...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)')].filter((e) => !e.classList.contains('sr-only')).map((e) => parseFloat(getComputedStyle(e).fontSize)))};
        });
        expect(sizes.smallest).toBeGreaterThanOrEqual(sizes.body);
        expect(await page.locator('.footnote-backref').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('none');
        expect(watched.problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('should reach the skip link first and land on main with it', async () => {
    const {page} = await open(notesPath);
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      const visible = await page.locator('.skip-link').evaluate((e) => e.getBoundingClientRect().bottom > 0);
      expect(visible, 'the focused skip link should show').toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.location.hash === '#main-content');
      expect(await page.locator('main').evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(50);
    } finally {
      await page.close();
    }
  });

  it('should highlight the whole footnote a reference leads to', async () => {
    const {page} = await open(`${notesPath}#fn:1`);
    try {
      const footnote = await page.locator('[id="fn:1"]').evaluate((e) => getComputedStyle(e).boxShadow);
      expect(footnote).not.toBe('none');
    } finally {
      await page.close();
    }
  });

  it('should give browsers an icon, so none logs a 404 for `/favicon.ico`', async () => {
    const {page} = await open('/');
    try {
      const href = await page.evaluate(() => {
        const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
        return link ? link.href : new URL('/favicon.ico', window.location.href).href;
      });
      // Fetched from Node: a routed page's own fetch of a 404 fails in Chromium instead of returning it.
      const icon = {href, status: href.startsWith('data:') ? 200 : (await fetch(href)).status};
      expect(icon.status, `a browser requests ${icon.href}`).toBe(200);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['the index', '/', 200],
    ['About', '/about/', 200],
    ['a missing URL', '/no/such/page/', 404]
  ])('should open %s without console errors', async (_name, path, expected) => {
    const {page, watched, status} = await open(path);
    try {
      expect(status).toBe(expected);
      // Chromium logs the 404 status of the document itself; that is the point of the page, not a fault in it.
      const problems = watched.problems.filter(
        (problem) => !(expected === 404 && problem.startsWith('console error: Failed to load resource: the server responded with a status of 404') && problem.endsWith(`(${origin}${path})`))
      );
      expect(problems).toEqual([]);
      expect(await page.title()).toMatch(/Something Similar/);
      // The stylesheet arrived and parsed.
      expect(await page.evaluate(() => Array.from(document.styleSheets, (sheet) => sheet.cssRules.length))).toEqual([expect.any(Number)]);
      expect(await page.evaluate(() => document.styleSheets[0]?.cssRules.length ?? 0)).toBeGreaterThan(0);
      expect(offSite).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
