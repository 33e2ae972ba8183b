import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, repoRoot, type BuiltSite} from './helpers/built-site.js';
import {gateNote, javaGate, requireTool} from './helpers/tools.js';

const vnuJar = join(repoRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

// A page with a known error, checked in the same run: proves the checker ran and reports.
const canaryHtml = '<!doctype html>\n<html lang="en">\n<head></head>\n<body><p>No title.</p></body>\n</html>\n';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

interface VnuRun {
  code: number;
  messages: VnuMessage[];
}

function runVnu(java: string, files: string[]): Promise<VnuRun> {
  // --no-langdetect: language guessing only gives warnings, which --errors-only drops, and it is slow to load.
  const args = ['-jar', vnuJar, '--format', 'json', '--errors-only', '--no-langdetect', '--also-check-css', '--also-check-svg', ...files];
  return new Promise((resolve, reject) => {
    execFile(java, args, {maxBuffer: 64 * 1024 * 1024}, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      try {
        // vnu writes its JSON report to stderr.
        resolve({code, messages: (JSON.parse(stderr) as {messages: VnuMessage[]}).messages});
      } catch {
        reject(new Error(`vnu exited ${code} without a JSON report:\n${stderr}`));
      }
    });
  });
}

function fileOf(message: VnuMessage, root: string): string {
  if (message.url === undefined) return '(no file)';
  const path = message.url.startsWith('file:') ? fileURLToPath(message.url) : message.url;
  return relative(root, path).split(sep).join('/');
}

function describeMessage(message: VnuMessage, root: string): string {
  const line = message.lastLine ?? message.firstLine ?? 0;
  const column = message.firstColumn ?? message.lastColumn ?? 0;
  const extract = message.extract === undefined ? '' : `\n    ${message.extract.replaceAll('\n', '⏎')}`;
  return `${fileOf(message, root)}:${line}:${column} ${message.type}${message.subType ? `/${message.subType}` : ''}: ${message.message}${extract}`;
}

const java = javaGate();

describe.skipIf(java.skip)(`the built site’s HTML${gateNote(java)}`, () => {
  let site: BuiltSite | undefined;
  let canaryDir: string | undefined;

  beforeAll(async () => {
    site = await buildFixtureSite();
    canaryDir = await mkdtemp(join(tmpdir(), 'folio-vnu-canary-'));
    await writeFile(join(canaryDir, 'canary.html'), canaryHtml);
  });

  afterAll(async () => {
    await site?.remove();
    if (canaryDir !== undefined) await rm(canaryDir, {recursive: true, force: true});
  });

  it('should pass the Nu HTML Checker with zero errors on every page, stylesheet and SVG image', async () => {
    const javaExe = requireTool(java);
    expect(existsSync(vnuJar), `missing ${vnuJar}: run npm ci`).toBe(true);
    if (!site || !canaryDir) throw new Error('site not built');
    const {dir} = site;
    const pages = site.files.filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'about/index.html']));
    expect(pages.filter((page) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(page))).toHaveLength(5);

    // Same run, so the JVM starts once: the checker also knows CSS and SVG.
    const assets = site.files.filter((file) => file.endsWith('.css') || file.endsWith('.svg'));
    const canary = join(canaryDir, 'canary.html');
    const {code, messages} = await runVnu(javaExe, [canary, ...[...pages, ...assets].map((file) => join(dir, file))]);

    const canaryMessages = messages.filter((message) => message.url !== undefined && message.url.endsWith('/canary.html'));
    expect(canaryMessages.length, 'the checker should flag the canary page (missing <title>)').toBeGreaterThan(0);
    const siteMessages = messages.filter((message) => !canaryMessages.includes(message));
    expect(siteMessages.map((message) => describeMessage(message, dir))).toEqual([]);
    expect(code, 'vnu exits 1 because of the canary only').toBe(1);
  });
});
