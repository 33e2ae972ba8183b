// A deterministic content directory shaped like a real technical blog rather
// than like the essays: sizes on a long tail (median 4.4 KB, p90 16.7 KB,
// one post of 173 KB), fenced code in several languages (about 4 % of the
// bytes), about 4.8 headings, 12.6 links and 17 raw HTML tags a post,
// tables, inline code, reference links and bare URLs. Measured from a
// 750-post blog (issue #14).
//
// Unlike the essays it uses only what any Markdown checker reads: heading
// ids are GitHub's slugs (no `{#id}`), links to other posts are `./file.md`
// paths, raw HTML carries no anchor that a link needs. So remark-cli with
// remark-validate-links finds it clean too, and a ratio against it times
// the same work on both sides.

import {capitalize, createRandom, pad, titleWords, writeSite} from './lib/text.js';
import {hosts, openers, words} from './prose.js';

/** Bump when the output changes: cached corpora are keyed by it. */
export const blogGeneratorVersion = 1;

const imageCount = 24;
const firstDay = Date.UTC(2006, 0, 1);
const spanDays = 7000;
const dayMs = 86_400_000;
// The largest post lands at about 173 KB: blocks stop short of their budget.
const largestBytes = 183_000;

/** GitHub's slug of plain words: lower case, punctuation dropped, spaces to `-`. */
const githubSlug = (text) => text.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');

/**
 * Post sizes, log-normal: median 4.4 KB and p90 16.7 KB give σ ≈ 1.04. The
 * tail is cut at the largest post, which one post (a third of the way in; not the one the bench edits) reaches.
 */
function targetBytes(random, index, count) {
  if (index === Math.floor(count / 3)) return largestBytes;
  // Box–Muller from two uniform draws.
  const u = Math.max(random.next(), 1e-12);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  return Math.round(Math.min(largestBytes * 0.8, Math.max(700, 4400 * Math.exp(1.04 * z))));
}

function planPost(random, index, count) {
  const day = new Date(firstDay + Math.floor((index * spanDays) / count) * dayMs);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const title = capitalize(titleWords(random, random.int(3, 8)).join(' '));
  const slug = `${githubSlug(title).replace(/-+/g, '-')}-${index.toString(36)}`;
  const size = targetBytes(random, index, count);
  // About one heading per 1.65 KB, a few short posts with none.
  const headingCount = Math.max(0, Math.round(size / 1650 + (random.next() - 0.5) * 2));
  const used = new Set();
  const headings = [];
  for (let h = 0; h < headingCount; h++) {
    let text;
    do text = capitalize(titleWords(random, random.int(2, 7)).join(' '));
    while (used.has(githubSlug(text)));
    used.add(githubSlug(text));
    headings.push({depth: h > 0 && random.chance(0.3) ? 3 : 2, text: text + (random.chance(0.15) ? '?' : ''), slug: githubSlug(text)});
  }
  return {index, file: `${ymd}-${slug}.md`, ymd, title, size, headings, anchors: headings.map((heading) => heading.slug)};
}

function frontMatter(random, plan) {
  const lines = ['---', `title: ${plan.title}`, `date: ${plan.ymd}`];
  if (random.chance(0.08)) lines.push(`updated: ${Number(plan.ymd.slice(0, 4)) + 1}-${plan.ymd.slice(5, 7)}-${pad(random.int(1, 28))}`);
  if (random.chance(0.7)) lines.push(`description: ${capitalize(titleWords(random, random.int(8, 20)).join(' '))}.`);
  lines.push('---', '');
  return lines.join('\n');
}

const identifier = (random) => random.pick(words).replace(/[^a-z]/g, '') || 'value';

// Code in the languages a systems blog shows, one line at a time.
const codeLines = {
  js: (r) => r.pick([
    () => `const ${identifier(r)} = await fetch(\`/api/${identifier(r)}\`);`,
    () => `export function ${identifier(r)}(${identifier(r)}, options = {}) {`,
    () => `  if (!${identifier(r)}) return null;`,
    () => `  ${identifier(r)}.push({id: ${r.int(1, 999)}, name: '${identifier(r)}'});`,
    () => '}'
  ])(),
  python: (r) => r.pick([
    () => `def ${identifier(r)}_${identifier(r)}(${identifier(r)}, retries=${r.int(1, 9)}):`,
    () => `    for ${identifier(r)} in range(${r.int(2, 100)}):`,
    () => `        result = ${identifier(r)}.get("${identifier(r)}", None)`,
    () => `    return [x for x in ${identifier(r)} if x > ${r.int(0, 50)}]`,
    () => `import ${identifier(r)}`
  ])(),
  go: (r) => r.pick([
    () => `func ${capitalize(identifier(r))}(ctx context.Context, ${identifier(r)} int) error {`,
    () => `\tif err := ${identifier(r)}.Close(); err != nil {`,
    () => `\t\treturn fmt.Errorf("${identifier(r)}: %w", err)`,
    () => `\tch := make(chan ${identifier(r)}, ${r.int(1, 64)})`,
    () => '}'
  ])(),
  sh: (r) => r.pick([
    () => `$ curl -s https://example.com/${identifier(r)} | jq '.${identifier(r)}'`,
    () => `$ ${identifier(r)} --${identifier(r)}=${r.int(1, 16)} ./${identifier(r)}`,
    () => `export ${identifier(r).toUpperCase()}_PATH=/var/lib/${identifier(r)}`,
    () => `for f in *.${identifier(r)}; do echo "$f"; done`
  ])(),
  rust: (r) => r.pick([
    () => `fn ${identifier(r)}(${identifier(r)}: &str) -> Result<u${r.pick([8, 16, 32, 64])}, Error> {`,
    () => `    let ${identifier(r)} = ${identifier(r)}.iter().map(|x| x * ${r.int(2, 9)}).collect::<Vec<_>>();`,
    () => `    Ok(${identifier(r)}?)`,
    () => '}'
  ])(),
  yaml: (r) => r.pick([
    () => `${identifier(r)}:`,
    () => `  ${identifier(r)}: ${r.int(1, 500)}`,
    () => `  - name: ${identifier(r)}-${identifier(r)}`,
    () => `    enabled: ${r.pick(['true', 'false'])}`
  ])(),
  sql: (r) => r.pick([
    () => `SELECT ${identifier(r)}, count(*) FROM ${identifier(r)}s`,
    () => `WHERE ${identifier(r)}_at > now() - interval '${r.int(1, 30)} days'`,
    () => `GROUP BY ${identifier(r)} ORDER BY 2 DESC LIMIT ${r.int(5, 100)};`
  ])(),
  text: (r) => `${identifier(r)}  ${r.int(0, 99999)}  ${identifier(r)}/${identifier(r)}  ${r.int(1, 99)}.${r.int(0, 9)} ms`
};
const languages = Object.keys(codeLines);

/** Writes one post's body: a block at a time until its size is reached. */
function writeBody(random, plan, plans) {
  const out = [];
  const notes = [];
  const references = [];
  const linkText = () => titleWords(random, random.int(1, 4)).join(' ');
  const other = () => plans[random.int(0, plans.length - 1)];
  const external = () => `${random.pick(hosts)}${identifier(random)}${random.chance(0.3) ? `/${identifier(random)}` : ''}`;

  function link() {
    const r = random.next();
    if (r < 0.45) return `[${linkText()}](${external()})`;
    if (r < 0.55) {
      references.push(external());
      return `[${linkText()}][${references.length}]`;
    }
    if (r < 0.6) return `<${external()}>`;
    if (r < 0.65) return `see ${external()} for more`;
    if (r < 0.75 && plan.anchors.length > 0) return `[${linkText()}](#${random.pick(plan.anchors)})`;
    const target = other();
    const fragment = target.anchors.length > 0 && random.chance(0.5) ? `#${random.pick(target.anchors)}` : '';
    return `[${linkText()}](./${target.file}${fragment})`;
  }

  // Raw HTML a writer puts inline.
  function inlineHtml() {
    const r = random.next();
    if (r < 0.3) return `<kbd>${capitalize(identifier(random))}</kbd>`;
    if (r < 0.5) return `<abbr title="${capitalize(titleWords(random, 3).join(' '))}">${identifier(random).slice(0, 4).toUpperCase()}</abbr>`;
    if (r < 0.65) return `<sup>${random.int(1, 9)}</sup>`;
    if (r < 0.85) return `<mark>${titleWords(random, 2).join(' ')}</mark>`;
    return '<br>';
  }

  function sentence() {
    const parts = [];
    if (random.chance(0.12)) parts.push(random.pick(openers));
    const length = random.int(8, 24);
    for (let w = 0; w < length; w++) {
      const r = random.next();
      if (r < 0.015) parts.push(link());
      else if (r < 0.0235) parts.push(inlineHtml());
      else if (r < 0.032) parts.push(`\`${identifier(random)}${random.pick(['()', '', '.go', '_test', '[]'])}\``);
      else if (r < 0.04) parts.push(`*${random.pick(words)}*`);
      else if (r < 0.045) parts.push(`**${random.pick(words)}**`);
      else parts.push(random.pick(words));
    }
    let text = `${capitalize(parts.join(' '))}${random.chance(0.9) ? '.' : '?'}`;
    if (random.chance(0.01)) {
      notes.push(`${capitalize(titleWords(random, random.int(6, 18)).join(' '))}.`);
      text += `[^${notes.length}]`;
    }
    return text;
  }

  const paragraph = () => Array.from({length: random.int(2, 6)}, sentence).join(' ');

  function codeBlock() {
    const language = random.pick(languages);
    const lines = Array.from({length: random.int(3, 9)}, () => codeLines[language](random));
    return [`\`\`\`${language === 'text' ? '' : language}`, ...lines, '```'].join('\n');
  }

  function table() {
    const columns = random.int(2, 4);
    const header = Array.from({length: columns}, () => capitalize(identifier(random)));
    const rows = Array.from({length: random.int(3, 8)}, () => Array.from({length: columns}, (_, c) => (c === 0 ? `\`${identifier(random)}\`` : random.chance(0.5) ? String(random.int(1, 9999)) : titleWords(random, random.int(1, 3)).join(' '))));
    return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  }

  function htmlBlock() {
    const r = random.next();
    if (r < 0.5) {
      const n = random.int(1, imageCount);
      return `<figure>\n<img src="../images/figure-${pad(n)}.svg" alt="${capitalize(titleWords(random, random.int(3, 8)).join(' '))}" width="640" height="360">\n<figcaption>${capitalize(titleWords(random, random.int(4, 10)).join(' '))}.</figcaption>\n</figure>`;
    }
    if (r < 0.8) {
      return `<details>\n<summary>${capitalize(titleWords(random, random.int(2, 5)).join(' '))}</summary>\n\n${paragraph()}\n\n</details>`;
    }
    // Plain words: Markdown inside a raw HTML block is not parsed.
    return `<div class="note">\n<p>${capitalize(titleWords(random, random.int(8, 24)).join(' '))}.</p>\n</div>`;
  }

  function block() {
    const r = random.next();
    // Code blocks are about 4 % of the bytes: one block in eleven.
    if (r < 0.09) return codeBlock();
    if (r < 0.11) return htmlBlock();
    if (r < 0.13) return `![${capitalize(titleWords(random, random.int(3, 9)).join(' '))}](../images/figure-${pad(random.int(1, imageCount))}.svg)`;
    if (r < 0.16) return `> ${paragraph()}`;
    if (r < 0.23) {
      const ordered = random.chance(0.3);
      return Array.from({length: random.int(2, 6)}, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence()}`).join('\n');
    }
    return paragraph();
  }

  let bytes = 0;
  const fill = (budget, first) => {
    const start = bytes;
    for (let blocks = 0; blocks === 0 || bytes - start < budget; blocks++) {
      // The first block of a post is prose: the bench's edit changes it.
      const counts = [notes.length, references.length];
      const text = first && blocks === 0 ? paragraph() : block();
      const length = Buffer.byteLength(text) + 2;
      // Stop short rather than overshoot (and drop the block's notes); a section still gets one block.
      if (blocks > 0 && bytes - start + length > budget * 1.1) {
        [notes.length, references.length] = counts;
        break;
      }
      out.push(text, '');
      bytes += length;
    }
  };
  const sections = plan.headings.length;
  fill(sections === 0 ? plan.size : Math.min(plan.size * 0.2, 1200), true);
  if (plan.index % 16 === 3) {
    // Roughly one post in sixteen has a table.
    out.push(table(), '');
  }
  const perSection = sections > 0 ? (plan.size - bytes) / sections : 0;
  for (const heading of plan.headings) {
    out.push(`${'#'.repeat(heading.depth)} ${heading.text}`, '');
    fill(perSection, false);
  }
  notes.forEach((note, n) => out.push(`[^${n + 1}]: ${note}`));
  if (notes.length > 0) out.push('');
  references.forEach((url, n) => out.push(`[${n + 1}]: ${url}`));
  if (references.length > 0) out.push('');
  return out.join('\n');
}

const siteYaml = `title: A Technical Blog (benchmark corpus)
description: A generated corpus shaped like a real technical blog, for benchmarks.
baseUrl: https://blog.example.org
language: en
timeZone: UTC
author:
  name: A. Writer
  uri: https://blog.example.org/about/
feed:
  path: atom.xml
# Timings must not include fetching a deployed permalinks.json.
published: none
`;

function aboutPage(plans) {
  return `---
title: About
description: About this generated blog.
---

A generated blog of ${plans.length} posts for benchmarks. The first is [${plans[0].title}](../posts/${plans[0].file}), the latest [${plans.at(-1).title}](../posts/${plans.at(-1).file}).
`;
}

/**
 * Generate the blog-shaped corpus of `count` posts into `dir` (created, must
 * not exist). Returns the content-relative paths written.
 */
export async function generateBlogCorpus(dir, count, seed = 0xb106) {
  const random = createRandom(seed ^ Math.imul(count, 0x9e3779b1));
  const plans = Array.from({length: count}, (_, index) => planPost(random, index, count));
  // Each post's text in plan order: the seeded generator's sequence is part of the corpus.
  const posts = plans.map((plan) => ({file: plan.file, text: frontMatter(random, plan) + '\n' + writeBody(random, plan, plans)}));
  return writeSite(dir, {siteYaml, about: aboutPage(plans), images: imageCount, posts});
}
