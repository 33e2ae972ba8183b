import {resolve} from 'node:path';
import {chromium, type Browser, type BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, essaysFixture, type BuiltSite} from './helpers/built-site.js';
import {serveSite} from './helpers/static-host.js';
import {chromiumArgs, chromiumGate, gateNote, requireTool} from './helpers/tools.js';

const themeFixture = resolve(import.meta.dirname, 'fixtures', 'theme-site');
const notesPath = '/2013/01/14/notes-on-distributed-systems-for-young-bloods/';
const goPath = '/2021/03/04/reading-go/';

const devices = [
  {name: 'phone', viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true},
  {name: 'desktop', viewport: {width: 1280, height: 900}, hasTouch: false, isMobile: false}
] as const;
const schemes = ['light', 'dark'] as const;

/** WCAG contrast of two `rgb(…)` colours, the first possibly translucent over the second. */
function contrast(foreground: string, background: string): number {
  const parse = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
  const [br = 0, bg = 0, bb = 0] = parse(background);
  const [fr = 0, fg = 0, fb = 0, alpha = 1] = parse(foreground);
  const mixed = [fr * alpha + br * (1 - alpha), fg * alpha + bg * (1 - alpha), fb * alpha + bb * (1 - alpha)];
  const luminance = (rgb: number[]): number => {
    const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(mixed), luminance([br, bg, bb])].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

const gate = chromiumGate();

describe.skipIf(gate.skip)(`the theme in headless Chromium: touch, reading, overrides${gateNote(gate)}`, () => {
  const sites: Record<string, {built: BuiltSite; origin: string; close: () => Promise<void>}> = {};
  let browser: Browser | undefined;

  beforeAll(async () => {
    const executablePath = requireTool(gate);
    for (const [name, fixture] of [['essays', essaysFixture], ['theme-site', themeFixture]] as const) {
      const built = await buildFixtureSite(fixture);
      const {origin, close} = await serveSite(built.dir);
      sites[name] = {built, origin, close};
    }
    browser = await chromium.launch({executablePath, headless: true, args: chromiumArgs});
  });

  afterAll(async () => {
    await browser?.close();
    for (const site of Object.values(sites)) {
      await site.close();
      await site.built.remove();
    }
  });

  async function contextFor(device: (typeof devices)[number], colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
    if (!browser) throw new Error('browser not launched');
    const context = await browser.newContext({viewport: device.viewport, hasTouch: device.hasTouch, isMobile: device.isMobile, colorScheme});
    // Pages must not need the network.
    await context.route(/.*/, (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
    return context;
  }

  it('should give touch screens permalinks of at least 24×24 px at 3:1 contrast, in light and dark', async () => {
    for (const scheme of schemes) {
      const context = await contextFor(devices[0], scheme);
      try {
        const page = await context.newPage();
        await page.goto(sites['essays']!.origin + notesPath, {waitUntil: 'load'});
        const marks = await page.locator('main .permalink').evaluateAll((links) =>
          links.map((link) => {
            const rect = link.getBoundingClientRect();
            const style = getComputedStyle(link);
            return {id: link.getAttribute('href'), width: rect.width, height: rect.height, color: style.color, opacity: style.opacity, background: getComputedStyle(document.body).backgroundColor};
          })
        );
        expect(marks.length).toBeGreaterThan(10);
        for (const mark of marks) {
          expect(mark.opacity, `${mark.id} shows without hover`).toBe('1');
          expect(mark.width, `${mark.id} width`).toBeGreaterThanOrEqual(24);
          expect(mark.height, `${mark.id} height`).toBeGreaterThanOrEqual(24);
          expect(contrast(mark.color, mark.background), `${mark.id} contrast`).toBeGreaterThanOrEqual(3);
        }
      } finally {
        await context.close();
      }
    }
  }, 300_000);

  it('should set about 66 characters a line on a desktop', async () => {
    const context = await contextFor(devices[1], 'light');
    try {
      const page = await context.newPage();
      await page.goto(sites['essays']!.origin + notesPath, {waitUntil: 'load'});
      const perLine = await page.locator('main article > p').evaluateAll((paragraphs) =>
        paragraphs.flatMap((paragraph) => {
          const range = document.createRange();
          range.selectNodeContents(paragraph);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)));
          const text = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim();
          // Full lines only: the last line of a paragraph is short by nature.
          return tops.size >= 4 ? [text.length / (tops.size - 0.5)] : [];
        })
      );
      const sorted = [...perLine].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      expect(sorted.length).toBeGreaterThan(5);
      // About 66, whichever serif the machine has (Charter is a little wider than the fallbacks).
      expect(median).toBeGreaterThanOrEqual(58);
      expect(median).toBeLessThanOrEqual(74);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('should mark the whole paragraph a back-link returns to with a 3:1 edge, its start on screen, in light and dark', async () => {
    for (const scheme of schemes) {
      for (const device of devices) {
        const context = await contextFor(device, scheme);
        try {
          const page = await context.newPage();
          await page.goto(`${sites['essays']!.origin}${notesPath}#fn:1`, {waitUntil: 'load'});
          const footnote = await page.locator('[id="fn:1"]').evaluate((element) => ({shadow: getComputedStyle(element).boxShadow, background: getComputedStyle(document.body).backgroundColor}));
          const edge = footnote.shadow.match(/rgba?\([^)]*\)/)?.[0] ?? '';
          expect(contrast(edge, footnote.background), `${scheme} ${device.name} footnote edge`).toBeGreaterThanOrEqual(3);
          await page.locator('[id="fn:1"] a[href="#fnref:1"]').click();
          await page.waitForFunction(() => window.location.hash === '#fnref:1');
          const paragraph = await page.locator('p:has(> sup > a[id="fnref:1"])').evaluate((element) => ({
            shadow: getComputedStyle(element).boxShadow,
            top: element.getBoundingClientRect().top,
            background: getComputedStyle(document.body).backgroundColor
          }));
          const paragraphEdge = paragraph.shadow.match(/rgba?\([^)]*\)/)?.[0] ?? '';
          expect(contrast(paragraphEdge, paragraph.background), `${scheme} ${device.name} paragraph edge`).toBeGreaterThanOrEqual(3);
          expect(paragraph.top, `${scheme} ${device.name}: the returning paragraph starts on screen`).toBeGreaterThanOrEqual(0);
        } finally {
          await context.close();
        }
      }
    }
  }, 300_000);

  it('should show the site\'s own colours and post layout, and highlighted code in both palettes', async () => {
    const colours: Record<string, string> = {};
    for (const scheme of schemes) {
      const context = await contextFor(devices[1], scheme);
      try {
        const page = await context.newPage();
        await page.goto(sites['theme-site']!.origin + goPath, {waitUntil: 'load'});
        const seen = await page.evaluate(() => {
          const keyword = document.querySelector('pre .pl-k');
          return {
            background: getComputedStyle(document.body).backgroundColor,
            kicker: document.querySelector('main article.essay .kicker time')?.textContent ?? '',
            heading: document.querySelector('main article.essay h1')?.textContent ?? '',
            keyword: keyword ? getComputedStyle(keyword).color : '',
            codeBackground: getComputedStyle(document.querySelector('pre') ?? document.body).backgroundColor,
            unknown: document.querySelector('code.language-klingon')?.children.length ?? -1
          };
        });
        expect(seen.background).toBe(scheme === 'light' ? 'rgb(255, 250, 242)' : 'rgb(28, 22, 18)');
        expect(seen.kicker).toBe('March 4, 2021');
        expect(seen.heading).toBe('Reading Go for the first time');
        expect(contrast(seen.keyword, seen.codeBackground)).toBeGreaterThanOrEqual(4.5);
        expect(seen.unknown).toBe(0);
        colours[scheme] = seen.keyword;
      } finally {
        await context.close();
      }
    }
    expect(colours['light']).not.toBe(colours['dark']);
  }, 300_000);
});
