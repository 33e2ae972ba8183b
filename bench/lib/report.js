// The results as tables: plain text for the terminal, Markdown for
// bench/results/latest.md, and the raw numbers as JSON; one section per
// corpus profile.

import {formatShape} from '../shape.js';

const count = (n) => n.toLocaleString('en-US');

export function formatMs(ms) {
  if (ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

const formatMiB = (kib) => (kib ? `${Math.round(kib / 1024)} MiB` : '—');
const formatRange = (m) => (m ? `${formatMs(m.min)} – ${formatMs(m.max)}` : '—');
const formatRatio = (ours, theirs, name) => (ours && theirs ? `${(ours.median / theirs.median).toFixed(2)}× ${name}` : '');

/** One row per measured metric, across sizes. */
export function metricRows(sizes) {
  const rows = [];
  for (const {size, folio, lsp, peers} of sizes) {
    const posts = count(size);
    const row = (metric, m, vs = '') => rows.push([posts, metric, formatMs(m.median), formatRange(m), formatMs(m.cpu?.median), String(m.times.length), formatMiB(m.peakKiB), vs]);
    if (folio) {
      row('folio check, cold', folio.coldCheck, formatRatio(folio.coldCheck, peers?.remark, 'remark-cli'));
      row('folio build, cold', folio.coldBuild, formatRatio(folio.coldBuild, peers?.eleventy, 'Eleventy'));
      if (folio.warm) {
        const [check, build] = folio.warm.parts;
        rows.push([posts, 'folio check after editing one post', formatMs(check.median), formatRange(check), formatMs(check.cpu?.median), String(check.times.length), '', '']);
        rows.push([posts, 'folio build after editing one post', formatMs(build.median), formatRange(build), formatMs(build.cpu?.median), String(build.times.length), '', '']);
        row('folio check + build after editing one post', folio.warm, formatRatio(folio.warm, peers?.hugo, 'Hugo'));
      }
      row('folio first build (records permalinks.json)', folio.firstBuild);
    }
    for (const [name, measured] of Object.entries(lsp ?? {})) {
      if (measured.note) continue;
      const mib = (kib) => (kib === undefined ? '?' : `${Math.round(kib / 1024)} MiB`);
      rows.push([posts, `${name}: re-lint after a keystroke, largest post (p50 / p95 of ${measured.times.length})`, `${formatMs(measured.p50)} / ${formatMs(measured.p95)}`, formatRange(measured), measured.cpuPerEditMs === undefined ? '' : `${formatMs(measured.cpuPerEditMs)} a keystroke`, String(measured.times.length), '', '']);
      rows.push([posts, `${name}: first diagnostics after didOpen`, formatMs(measured.openMs), '', '', '1', '', '']);
      if (measured.burst) rows.push([posts, `${name}: burst of ${measured.burst.keystrokes} keystrokes, first / last report`, `${formatMs(measured.burst.firstMs)} / ${formatMs(measured.burst.lastMs)}`, '', '', '1', '', `${measured.burst.staleReports} stale of ${measured.burst.reports}`]);
      if (measured.memory) rows.push([posts, `${name}: resident memory before / after ${count(measured.memory.edits)} edits`, `${mib(measured.memory.beforeKiB)} / ${mib(measured.memory.afterKiB)}`, '', '', '1', '', '']);
    }
    if (peers?.remark) row('remark-cli check', peers.remark);
    if (peers?.eleventy) row('Eleventy build', peers.eleventy);
    if (peers?.hugo) row('Hugo build', peers.hugo);
  }
  return rows;
}

const metricHeader = ['posts', 'metric', 'median', 'min – max', 'CPU (median)', 'runs', 'peak RSS', 'ratio'];
const targetHeader = ['target', 'measured', 'limit', 'met'];

function formatMeasured(target) {
  if (target.measured === undefined) return '—';
  if (target.limit.includes('stale')) return `${target.measured} stale`;
  if (target.limit.includes('GiB')) return `${Math.round(target.measured / 1024)} MiB`;
  if (target.limit.includes('ms')) return formatMs(target.measured);
  return `${target.measured.toFixed(2)}×`;
}

export function targetRows(targets) {
  return targets.map((target) => [
    target.name,
    formatMeasured(target) + (target.detail ? ` (${target.detail})` : ''),
    target.limit,
    target.met === undefined ? 'not measured' : target.met ? 'met' : 'not met'
  ]);
}

/** A fixed-width text table. */
export function textTable(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header, rows) {
  const escape = (cell) => cell.replaceAll('|', '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n');
}

/** The run's corpus profiles, in the order measured. */
const profilesOf = (results) => [...new Set(results.sizes.map((entry) => entry.profile))];

function shapeLine(results, profile) {
  const entry = results.sizes.find((candidate) => candidate.profile === profile && candidate.corpus.shape);
  return entry ? formatShape(entry.corpus.shape) : '';
}

export function textReport(results) {
  const sections = profilesOf(results).flatMap((profile) => [
    `== ${profile} corpus (generator v${results.generatorVersions[profile]}) ${shapeLine(results, profile)}`,
    '',
    textTable(metricHeader, metricRows(results.sizes.filter((entry) => entry.profile === profile))),
    '',
    textTable(targetHeader, targetRows(results.targets.filter((target) => target.corpus === profile))),
    ''
  ]);
  return [...sections, ...results.notes.map((note) => `Note: ${note}`)].join('\n');
}

export function markdownReport(results) {
  const {machine} = results;
  const corpora = results.sizes.map(({profile, size, corpus}) => `${profile}, ${count(size)} posts: ${(corpus.bytes / 1e6).toFixed(1)} MB of Markdown, largest post ${(corpus.largestBytes / 1000).toFixed(1)} KB`);
  const sections = profilesOf(results).map((profile) => `## The ${profile} corpus (generator v${results.generatorVersions[profile]})

${shapeLine(results, profile)}

### Targets

${markdownTable(targetHeader, targetRows(results.targets.filter((target) => target.corpus === profile)))}

### Every metric

${markdownTable(metricHeader, metricRows(results.sizes.filter((entry) => entry.profile === profile)))}
`);
  return `# Benchmark results

Command: \`${results.command}\`

Machine: ${machine.nproc} cores (\`nproc\`; ${machine.cpu}), ${machine.memoryGiB} GiB memory, Node ${machine.node}, ${machine.os}; load average ${machine.loadBefore} at the start, ${machine.loadAfter} at the end; toolchain at \`${machine.commit}\`.
Wall-clock medians are the measure; CPU is user + system time of the process (all threads), which other load on the machine inflates less.
Corpora: ${corpora.join('; ')}.
Peak memory: ${results.memorySource}.${results.versions ? `\nPeers: ${[...results.versions.remark, ...results.versions.eleventy, results.versions.hugo ?? 'no Hugo'].map((name) => `\`${name}\``).join(', ')}.` : ''}
Run on ${results.date.slice(0, 10)}.

${sections.join('\n')}
## How it was measured

${results.protocol.map((line) => `- ${line}`).join('\n')}
${results.notes.length > 0 ? `\n## Notes\n\n${results.notes.map((note) => `- ${note}`).join('\n')}\n` : ''}`;
}
