import {mkdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, essaysFixture, type BuiltSite} from './helpers/built-site.js';
import {serveSite} from './helpers/static-host.js';
import {chromiumArgs, chromiumGate, gateNote, requireTool} from './helpers/tools.js';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const themeFixture = resolve(import.meta.dirname, 'fixtures', 'theme-site');
// Screenshots for a person to look at (CI keeps them as an artifact); nothing compares them.
const artifacts = resolve(import.meta.dirname, 'artifacts', 'screenshots');

const devices = [
  {name: 'phone', viewport: {width: 390, height: 844}, hasTouch: true, isMobile: true},
  {name: 'desktop', viewport: {width: 1280, height: 900}, hasTouch: false, isMobile: false}
] as const;
const schemes = ['light', 'dark'] as const;

interface Violation {
  id: string;
  nodes: Array<{target: unknown[]}>;
}

/** The URL path of every HTML page a build wrote, `index.html` folded into its folder. */
function pagesOf(built: BuiltSite): string[] {
  return built.files.filter((file) => file.endsWith('.html')).map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

const gate = chromiumGate();

describe.skipIf(gate.skip)(`every page under axe, light and dark, phone and desktop${gateNote(gate)}`, () => {
  const sites: Array<{name: string; built: BuiltSite; origin: string; close: () => Promise<void>}> = [];
  let browser: Browser | undefined;

  beforeAll(async () => {
    const executablePath = requireTool(gate);
    for (const [name, fixture] of [['essays', essaysFixture], ['theme-site', themeFixture]] as const) {
      const built = await buildFixtureSite(fixture);
      const {origin, close} = await serveSite(built.dir);
      sites.push({name, built, origin, close});
    }
    await mkdir(artifacts, {recursive: true});
    browser = await chromium.launch({executablePath, headless: true, args: chromiumArgs});
  });

  afterAll(async () => {
    await browser?.close();
    for (const site of sites) {
      await site.close();
      await site.built.remove();
    }
  });

  for (const device of devices) {
    for (const colorScheme of schemes) {
      it(`should find no violations on the ${device.name} in ${colorScheme} mode`, async () => {
        if (!browser) throw new Error('browser not launched');
        const context = await browser.newContext({viewport: device.viewport, hasTouch: device.hasTouch, isMobile: device.isMobile, colorScheme});
        await context.route(/.*/, (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
        const found: Record<string, string[]> = {};
        let pages = 0;
        try {
          const page = await context.newPage();
          for (const site of sites) {
            for (const path of pagesOf(site.built)) {
              await page.goto(`${site.origin}${path}`);
              await page.addScriptTag({path: axeScript});
              const violations = await page.evaluate(async () => {
                const axe = (globalThis as unknown as {axe: {run: (context: Document) => Promise<{violations: Violation[]}>}}).axe;
                const result = await axe.run(document);
                return result.violations.map((violation) => ({id: violation.id, nodes: violation.nodes.map((node) => ({target: node.target}))}));
              });
              for (const violation of violations) {
                found[`${site.name} ${path}`] = [...(found[`${site.name} ${path}`] ?? []), `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`];
              }
              const name = `${site.name}${path.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}-${device.name}-${colorScheme}.png`;
              await page.screenshot({path: resolve(artifacts, name), fullPage: true});
              pages++;
            }
          }
        } finally {
          await context.close();
        }
        // Both fixture sites publish posts, pages, index pages and a 404.
        expect(pages).toBeGreaterThan(10);
        expect(found).toEqual({});
      });
    }
  }
});
