// `npm run bench -- [--corpora essays,blogs] [--sizes 1000,10000] [--runs N] [--peers]`
// Generates (or reuses) deterministic corpora of each profile, measures our CLI as whole
// processes against them, optionally the peers too, and prints the table;
// writes bench/results/latest.{md,json}.

import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {corpusProfile, corpusProfiles, corpusStats, ensureCorpus} from './corpus.js';
import {measureFolio} from './lib/folio.js';
import {measureLanguageServer} from './lib/lsp.js';
import {memorySource} from './lib/measure.js';
import {measurePeers} from './lib/peers.js';
import {markdownReport, textReport} from './lib/report.js';
import {judgeTargets} from './lib/targets.js';
import {copyCorpus, createWorkDir} from './lib/workspace.js';
import {corpusShape, formatShape} from './shape.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repo = dirname(benchDir);
const log = (line) => process.stderr.write(`${line}\n`);

const usage = `Usage: npm run bench -- [--corpora essays,blogs] [--sizes 1000,10000] [--runs N] [--large-runs N] [--warmups N] [--peers] [--no-lsp] [--lsp-only] [--memory-edits N] [--keep]
  --corpora     corpus profiles (default essays,blogs): essays, shaped like content/; blogs, like a real technical blog
  --sizes       corpus sizes in posts (default 1000,10000)
  --runs        timed runs per metric, after the warm-up (default 5)
  --large-runs  timed runs per metric for sizes over 1,000 (default 1; no warm-up, no edit runs)
  --warmups     untimed runs before each metric (default 1)
  --peers       also run remark-cli, Eleventy and Hugo on the same corpus (sizes up to 1,000)
  --no-lsp      skip the language servers
  --lsp-only    only the language servers (folio's, and .remarkrc.mjs through remark's)
  --memory-edits  edits sent to each language server for its memory (default 5000 to folio's, a tenth to remark's)
  --keep        keep the working copies in the temporary folder`;

function options() {
  const {values} = parseArgs({
    options: {
      corpora: {type: 'string', default: 'essays,blogs'},
      sizes: {type: 'string', default: '1000,10000'},
      runs: {type: 'string', default: '5'},
      'large-runs': {type: 'string', default: '1'},
      warmups: {type: 'string', default: '1'},
      peers: {type: 'boolean', default: false},
      'no-lsp': {type: 'boolean', default: false},
      'lsp-only': {type: 'boolean', default: false},
      'memory-edits': {type: 'string', default: '5000'},
      keep: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false}
    }
  });
  const number = (name, min) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`Unexpected value \`${values[name]}\` for option \`--${name}\`, expected an integer ≥ ${min}\n${usage}`);
    return value;
  };
  const sizes = values.sizes.split(',').map((size) => {
    const value = Number(size.replaceAll('_', ''));
    if (!Number.isInteger(value) || value < 2) throw new Error(`Unexpected size \`${size}\` in \`--sizes\`, expected a number of posts ≥ 2\n${usage}`);
    return value;
  });
  const corpora = values.corpora.split(',').filter(Boolean);
  for (const name of corpora) corpusProfile(name);
  return {corpora, sizes, runs: number('runs', 1), largeRuns: number('large-runs', 1), warmups: number('warmups', 0), peers: values.peers, lsp: !values['no-lsp'], lspOnly: values['lsp-only'], memoryEdits: number('memory-edits', 1), keep: values.keep, help: values.help};
}

const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(' / ');

function machine(loadBefore) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, {cwd: repo, encoding: 'utf8'}).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'packages') !== '';
  return {
    nproc: os.availableParallelism(),
    loadBefore,
    loadAfter: loadAverage(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit: `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty ? ' with uncommitted changes in packages/' : ''}`
  };
}

const protocol = (settings) => [
  'Each metric is a whole process (`node packages/cli/dist/bundle/folio.js check --content DIR --format json`, `… build --content DIR --out DIR`), timed from spawn to exit; the table shows the median of the timed runs.',
  `Up to 1,000 posts: ${settings.warmups} untimed warm-up run(s), then ${settings.runs} timed runs per metric. Larger corpora: ${settings.largeRuns} timed run(s) each, no edit runs, no language server.`,
  'The corpus is copied to a temporary folder; a first build there records `permalinks.json`, as a published site has it (it is the warm-up of the cold builds). Every build must succeed, every check exit 0 with no error message.',
  '“Cold”: any toolchain cache (`node_modules/.cache/folio`) is deleted and the build output removed before each run; the files themselves are in the OS page cache.',
  '“After editing one post”: before each round one paragraph of one post gets new text; the round is a `check` then a `build` over the previous output, with no cache cleared. The ratio compares the round (check + build) with one full Hugo build.',
  'Language servers: folio’s (`packages/cli/dist/bundle/language-server.js --stdio`) and the `.remarkrc.mjs` path as VS Code’s remark extension runs it (unified-language-server with remark, `bench/lib/remark-language-server.js`, a `.remarkrc.mjs` beside the corpus that re-exports the repository’s); initialize with the corpus folder, didOpen the largest post (first diagnostics timed), 5 untimed then 50 timed didChange (one paragraph edited), each timed until its publishDiagnostics; then 8 didChange at once (when the first and the last report arrive, and how many stale reports); then resident memory before and after ' + settings.memoryEdits.toLocaleString('en-US') + ' more edits (a tenth of them on the remark path).',
  'Peers (`--peers`, installed by `npm ci --prefix bench/peers`): remark-cli with remark-frontmatter, remark-gfm and remark-validate-links (`--no-config --quiet --frail`); Eleventy with markdown-it-footnote, markdown-it-attrs (`{#id}`) and markdown-it-anchor, a layout, home page, full-content Atom feed and 404 page; Debian’s Hugo on a copy with `slug` in the front matter, the same pages, a full-content RSS feed, a clean output folder each run. Same runs and warm-ups as ours.'
];

const servers = [
  {name: 'folio language server', script: join(repo, 'packages', 'cli', 'dist', 'bundle', 'language-server.js'), memoryShare: 1},
  // Slower a keystroke: a tenth of the edits.
  {name: '.remarkrc.mjs through remark’s language server', script: join(benchDir, 'lib', 'remark-language-server.js'), memoryShare: 0.1, remarkrc: true}
];

/** Both editor paths on one corpus copy: open its largest post, edit, burst, and many edits for memory. */
async function measureEditors({work, content, file, memoryEdits}) {
  const results = {};
  for (const server of servers) {
    const edits = Math.max(1, Math.round(memoryEdits * server.memoryShare));
    if (!existsSync(server.script)) {
      results[server.name] = {note: `skipped: ${server.script} does not exist yet`};
      continue;
    }
    // The extension finds `.remarkrc.mjs` above the file; this one runs the repository's.
    if (server.remarkrc) await writeFile(join(work, '.remarkrc.mjs'), `export {default} from ${JSON.stringify(pathToFileURL(join(repo, '.remarkrc.mjs')).href)};\n`);
    log(`  ${server.name}: open the largest post, 5 + 50 edits, a burst of 8, ${edits.toLocaleString('en-US')} edits for memory`);
    let measured;
    try {
      measured = await measureLanguageServer({server: server.script, cwd: server.remarkrc ? work : repo, content, file, edits: 50, warmups: 5, burst: 8, memoryEdits: edits});
    } catch (error) {
      // One editor path that does not answer (a loaded machine, a timeout) leaves the rest of the run standing.
      log(`  ${server.name}: ${error.message}`);
      results[server.name] = {note: `not measured: ${error.message}`};
      continue;
    }
    results[server.name] = measured;
    const mib = (kib) => (kib === undefined ? '?' : `${Math.round(kib / 1024)} MiB`);
    log(`  ${server.name}: first diagnostics ${(measured.openMs / 1000).toFixed(2)} s; p50 ${measured.p50.toFixed(1)} ms, p95 ${measured.p95.toFixed(1)} ms (server CPU ${measured.cpuPerEditMs?.toFixed(1) ?? '?'} ms a keystroke); burst of 8: first report ${measured.burst.firstMs.toFixed(0)} ms, last ${measured.burst.lastMs.toFixed(0)} ms, ${measured.burst.staleReports} stale; memory ${mib(measured.memory.beforeKiB)} → ${mib(measured.memory.afterKiB)} over ${measured.memory.edits} edits`);
  }
  return results;
}

async function measureSize(profile, size, settings) {
  const large = size > 1000;
  const runs = large ? settings.largeRuns : settings.runs;
  const warmups = large ? 0 : settings.warmups;
  log(`\n${profile} corpus, ${size.toLocaleString('en-US')} posts`);
  const started = Date.now();
  const corpus = await ensureCorpus(size, profile);
  const stats = await corpusStats(corpus);
  // Parsing every post for its shape takes seconds: only up to the size the peers run at.
  const shape = large ? undefined : await corpusShape(corpus);
  log(`  corpus ${corpus} (${shape ? formatShape(shape) : `${(stats.bytes / 1e6).toFixed(1)} MB`}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const work = await createWorkDir(size);
  const content = join(work, 'content');
  await copyCorpus(corpus, content);
  try {
    const posts = (await readdir(join(content, 'posts'))).sort();
    const edited = `posts/${posts[posts.length >> 1]}`;
    const folio = settings.lspOnly ? undefined : await measureFolio({repo, work, content, edited, warmups, runs, warm: !large, log});
    // The editors see a site that has published before, as measureFolio's first build leaves it.
    if (settings.lspOnly) execFileSync(process.execPath, [join(repo, 'packages', 'cli', 'dist', 'bundle', 'folio.js'), 'build', '--content', content, '--out', join(work, 'out')], {stdio: 'ignore'});
    const lsp = settings.lsp && !large ? await measureEditors({work, content, file: join(content, ...stats.largest.split('/')), memoryEdits: settings.memoryEdits}) : undefined;
    // The targets compare with the peers at 1,000 posts; remark-validate-links alone takes tens of minutes at 10,000.
    const peers = settings.peers && !settings.lspOnly && size <= 1000 ? await measurePeers({benchDir, content, work, warmups, runs, log, remarkClean: profile === 'blogs'}) : undefined;
    return {profile, size, corpus: {...stats, ...(shape ? {shape} : {})}, edited, folio, lsp, peers};
  } finally {
    if (settings.keep) log(`  kept ${work}`);
    else await rm(work, {recursive: true, force: true});
  }
}

async function main() {
  const settings = options();
  if (settings.help) {
    console.log(usage);
    return;
  }
  const loadBefore = loadAverage();
  const sizes = [];
  for (const profile of settings.corpora) for (const size of settings.sizes) sizes.push(await measureSize(profile, size, settings));
  const notes = sizes.flatMap((entry) => entry.peers?.notes ?? []);
  for (const entry of sizes) {
    for (const [name, measured] of Object.entries(entry.lsp ?? {})) if (measured.note) notes.push(`${name} ${measured.note}.`);
    if (entry.folio && entry.folio.messages.warnings > 0) notes.push(`${entry.profile} corpus, ${entry.size.toLocaleString('en-US')} posts: our check reports ${entry.folio.messages.warnings} warnings (no errors).`);
  }
  const results = {
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString(),
    machine: machine(loadBefore),
    generatorVersions: Object.fromEntries(settings.corpora.map((name) => [name, corpusProfiles[name].version])),
    memorySource,
    protocol: protocol(settings),
    versions: sizes.find((entry) => entry.peers)?.peers.versions,
    sizes,
    targets: settings.corpora.flatMap((profile) => judgeTargets(sizes.filter((entry) => entry.profile === profile)).map((target) => ({...target, corpus: profile}))),
    notes
  };
  console.log(`\n${textReport(results)}`);
  const resultsDir = join(benchDir, 'results');
  await mkdir(resultsDir, {recursive: true});
  const markdown = markdownReport(results);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  // An editor-only run does not replace the full results.
  const names = settings.lspOnly ? ['latest-lsp'] : settings.peers ? ['latest', 'latest-peers'] : ['latest'];
  for (const name of names) {
    await writeFile(join(resultsDir, `${name}.md`), markdown);
    await writeFile(join(resultsDir, `${name}.json`), json);
  }
  log(`\nWrote ${names.map((name) => `bench/results/${name}.{md,json}`).join(' and ')}`);
}

try {
  await main();
} catch (error) {
  log(`bench: ${error.message}`);
  process.exitCode = 1;
}
