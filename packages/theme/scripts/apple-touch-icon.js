// Draw assets/apple-touch-icon.png (180×180, what iOS asks for) from
// assets/favicon.svg in headless Chromium. Run by hand after changing the
// icon: `node packages/theme/scripts/apple-touch-icon.js`. The PNG is
// shipped as a file, so a build needs no browser. Square, without the
// SVG's rounded corners: iOS rounds the icon itself.

import {readFile, writeFile} from 'node:fs/promises';
import {chromium} from 'playwright-core';

const assets = new URL('../assets/', import.meta.url);
const svg = (await readFile(new URL('favicon.svg', assets), 'utf8')).replace(/ rx="[^"]*"/, '');
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox']});
try {
  const page = await browser.newPage({viewport: {width: 180, height: 180}, deviceScaleFactor: 1});
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:180px;height:180px}</style>${svg}`);
  await writeFile(new URL('apple-touch-icon.png', assets), await page.screenshot({type: 'png', omitBackground: false}));
} finally {
  await browser.close();
}
