// The peers, run on the same corpus with the same protocol: remark-cli
// (check), Eleventy (build) and Hugo (build). They are installed on demand
// in bench/peers/, never in the toolchain's own dependencies.

import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';
import {cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {runProcess} from './measure.js';
import {measureRounds} from './protocol.js';

/** `npm ci` in bench/peers unless its node_modules is already at the lockfile. */
export function installPeers(peersDir, log) {
  const lock = join(peersDir, 'package-lock.json');
  const installed = join(peersDir, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  log('Installing the peers: npm ci --prefix bench/peers');
  // Its output goes to standard error: standard output is the table's.
  execFileSync('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund', '--loglevel=error'], {stdio: ['ignore', 2, 2]});
}

function hugoVersion() {
  const result = spawnSync('hugo', ['version'], {encoding: 'utf8'});
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Debian's `hugo`, installed with apt-get when missing and we may. */
export function ensureHugo(log) {
  const found = hugoVersion();
  if (found) return {version: found};
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return {note: 'Hugo skipped: `hugo` is not installed (Debian: `apt-get install -y hugo`).'};
  }
  log('Installing Hugo: apt-get install -y hugo');
  spawnSync('apt-get', ['update', '-qq'], {stdio: ['ignore', 2, 2]});
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], {stdio: ['ignore', 2, 2]});
  const installed = hugoVersion();
  return installed ? {version: installed} : {note: 'Hugo skipped: `apt-get install -y hugo` failed.'};
}

async function packageVersion(peersDir, name) {
  const text = await readFile(join(peersDir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8');
  return `${name}@${JSON.parse(text).version}`;
}

/** The Markdown tree of the corpus (no site.yaml or permalinks.json): what a peer reads. */
async function copyMarkdown(content, dir) {
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  for (const name of ['posts', 'pages', 'images']) await cp(join(content, name), join(dir, name), {recursive: true});
}

/** Hugo wants the slug in the front matter; the rest of ours it reads as is. */
async function convertForHugo(content, site, hugoDir) {
  await rm(site, {recursive: true, force: true});
  await cp(hugoDir, site, {recursive: true});
  await mkdir(join(site, 'content', 'posts'), {recursive: true});
  await mkdir(join(site, 'static'), {recursive: true});
  await cp(join(content, 'images'), join(site, 'static', 'images'), {recursive: true});
  for (const name of await readdir(join(content, 'pages'))) {
    await cp(join(content, 'pages', name), join(site, 'content', name));
  }
  for (const name of await readdir(join(content, 'posts'))) {
    const text = await readFile(join(content, 'posts', name), 'utf8');
    const end = text.indexOf('\n---', 3);
    const head = text.slice(0, end);
    const slug = name.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.md$/, '');
    const converted = /^slug:/m.test(head) ? text : `${head}\nslug: ${slug}${text.slice(end)}`;
    await writeFile(join(site, 'content', 'posts', name), converted);
  }
}

/** remark-cli's closing summary, e.g. `⚠ 1234 warnings`. */
function remarkWarnings(stderr) {
  const match = /(\d+) warnings?/.exec(stderr.split('\n').filter(Boolean).at(-1) ?? '');
  return match ? Number(match[1]) : 0;
}

/**
 * Measure the peers on `content` (our working copy, after our runs), in
 * folders under `work`. Returns {remark, eleventy, hugo, notes}. With
 * `remarkClean`, the corpus is one remark-validate-links must find clean: a
 * warning stops the run, since the ratio would then time its error path.
 */
export async function measurePeers({benchDir, content, work, warmups, runs, log, remarkClean = false}) {
  const peersDir = join(benchDir, 'peers');
  const modules = join(peersDir, 'node_modules');
  installPeers(peersDir, log);
  const results = {notes: [], versions: {}};

  // remark-cli: its own config only (`--no-config`, so no .remarkrc of ours
  // is found), run in a copy outside any git repository.
  const remarkDir = join(work, 'remark');
  await copyMarkdown(content, remarkDir);
  const plugin = (name) => join(modules, name, 'index.js');
  const remarkArgs = [
    '--no-config', '--no-ignore', '--no-stdout', '--quiet', '--frail',
    '--use', plugin('remark-frontmatter'), '--use', plugin('remark-gfm'),
    // Outside a git repository remark-validate-links must be told so.
    '--use', `${plugin('remark-validate-links')}=repository:false`,
    '.'
  ];
  let warnings = 0;
  results.remark = await measureRounds({
    name: 'remark-cli check',
    warmups,
    runs,
    step: async () => {
      const result = await runProcess(join(modules, 'remark-cli', 'cli.js'), remarkArgs, {cwd: remarkDir, node: true});
      warnings = remarkWarnings(result.stderr);
      if (remarkClean && result.exitCode !== 0) throw new Error(`remark-cli does not find the corpus clean (exit ${result.exitCode}):\n${result.stderr.slice(0, 2000)}`);
      return result;
    },
    // `--frail` exits 1 on warnings; only a crash is unexpected.
    accept: (result) => result.exitCode === 0 || result.exitCode === 1,
    log
  });
  results.remark.warnings = warnings;
  results.versions.remark = await Promise.all(['remark-cli', 'remark-gfm', 'remark-frontmatter', 'remark-validate-links'].map((name) => packageVersion(peersDir, name)));
  if (warnings > 0) {
    results.notes.push(`remark-cli reports ${warnings} warnings on the essays corpus: remark-validate-links reads neither \`{#id}\` heading ids, raw HTML ids nor site URLs (\`/YYYY/MM/DD/slug/\`); it still parses and checks every file.`);
  }

  // Eleventy: the corpus plus the templates in bench/peers/eleventy/site.
  const eleventyDir = join(work, 'eleventy');
  const eleventyOut = join(work, 'eleventy-out');
  await copyMarkdown(content, eleventyDir);
  const site = join(peersDir, 'eleventy', 'site');
  for (const name of await readdir(site)) {
    if (name.endsWith('.11tydata.mjs')) await cp(join(site, name), join(eleventyDir, name.replace('.11tydata.mjs', ''), name));
    else await cp(join(site, name), join(eleventyDir, name), {recursive: true});
  }
  results.eleventy = await measureRounds({
    name: 'Eleventy build',
    warmups,
    runs,
    before: () => rm(eleventyOut, {recursive: true, force: true}),
    // Run from the input folder: Eleventy finds directory data files only
    // below a relative input path.
    step: () => runProcess(join(modules, '@11ty', 'eleventy', 'cmd.cjs'), [`--config=${join(peersDir, 'eleventy', 'eleventy.config.js')}`, '--input=.', `--output=${eleventyOut}`, '--quiet'], {cwd: eleventyDir, node: true}),
    log
  });
  results.versions.eleventy = await Promise.all(['@11ty/eleventy', 'markdown-it-footnote', 'markdown-it-anchor', 'markdown-it-attrs'].map((name) => packageVersion(peersDir, name)));

  // Hugo: a converted copy, a full build into an empty folder every time.
  const hugo = ensureHugo(log);
  if (hugo.version) {
    const hugoSite = join(work, 'hugo');
    const hugoOut = join(work, 'hugo-out');
    await convertForHugo(content, hugoSite, join(peersDir, 'hugo'));
    results.hugo = await measureRounds({
      name: 'Hugo build',
      warmups,
      runs,
      before: async () => {
        await rm(hugoOut, {recursive: true, force: true});
        await rm(join(hugoSite, 'resources'), {recursive: true, force: true});
      },
      step: () => runProcess('hugo', ['--source', hugoSite, '--destination', hugoOut, '--quiet', '--noBuildLock', '--ignoreCache'], {cwd: hugoSite}),
      log
    });
    results.versions.hugo = hugo.version;
  } else {
    results.notes.push(hugo.note);
  }
  return results;
}
