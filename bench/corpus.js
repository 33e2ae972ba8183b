// A deterministic content directory shaped like the essays in content/:
// front matter, `##` sections with `{#id}` ids, footnotes, same-post and
// cross-post anchor links (`./other.md#id` and `/YYYY/MM/DD/slug/#id`), raw
// HTML anchors and images. Same size and version in, same bytes out: a seeded
// PRNG, no Math.random, no clock. Every link resolves, so the corpus checks
// clean.

import {readdir, rename, rm, stat} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {blogGeneratorVersion, generateBlogCorpus} from './blogs.js';
import {capitalize, createRandom, pad, titleWords, writeSite} from './lib/text.js';
import {hosts, openers, quoted, words} from './prose.js';

/** Bump when the output changes: cached corpora are keyed by it. */
export const generatorVersion = 1;

const benchDir = dirname(fileURLToPath(import.meta.url));
export const corporaDir = join(benchDir, '.corpora');

const imageCount = 24;
const firstDay = Date.UTC(2001, 0, 1);
const spanDays = 9000;
const dayMs = 86_400_000;

/** Post sizes: mostly short essays, a long tail like the 24 KB *Notes*; mean ≈ 7 KB. */
function targetBytes(random) {
  const r = random.next();
  if (r < 0.02) return random.int(22_000, 32_000);
  if (r < 0.15) return random.int(10_000, 16_000);
  if (r < 0.45) return random.int(6_000, 9_000);
  return random.int(2_500, 5_500);
}

/** Everything other posts need to link to a post, decided before any body is written. */
function planPost(random, index, count) {
  const day = new Date(firstDay + Math.floor((index * spanDays) / count) * dayMs);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const title = capitalize(titleWords(random, random.int(3, 8)).join(' '));
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const slug = `${base}-${index.toString(36)}`;
  // A few posts publish under a slug other than their file name, as `slug:` allows.
  const ownSlug = random.chance(0.05) ? `${slug}-essay` : undefined;
  const size = targetBytes(random);
  const explicitIds = random.chance(0.2);
  const sectionCount = Math.max(0, Math.round(size / 1600) - (random.chance(0.3) ? 1 : 0));
  const used = new Set();
  const sections = [];
  for (let s = 0; s < sectionCount; s++) {
    let text;
    // Unique text, so headings without an explicit id get distinct slugs.
    do text = titleWords(random, random.int(3, 9)).join(' ');
    while (used.has(text));
    used.add(text);
    const heading = capitalize(text) + (random.chance(0.5) ? '.' : '');
    let id;
    if (explicitIds || random.chance(0.7)) {
      const word = titleWords(random, 1)[0].replace(/[^a-z0-9-]/g, '');
      id = used.has(`#${word}`) ? `${word}-${s + 1}` : word;
      used.add(`#${id}`);
    }
    sections.push({heading, id, sub: random.chance(0.15) ? `sub-${s + 1}` : undefined});
  }
  const rawAnchors = random.chance(0.1) ? [`note-${index.toString(36)}`] : [];
  return {
    index,
    file: `${ymd}-${slug}.md`,
    ymd,
    url: `/${ymd.replaceAll('-', '/')}/${ownSlug ?? slug}/`,
    title,
    ownSlug,
    size,
    explicitIds,
    sections,
    rawAnchors,
    // Every id another post may link to: explicit section ids and raw HTML ids.
    anchors: [...sections.flatMap((section) => [section.id, section.sub].filter(Boolean)), ...rawAnchors]
  };
}

function frontMatter(random, plan) {
  const lines = ['---', `title: ${plan.title}`];
  if (random.chance(0.1)) {
    const offset = random.chance(0.5) ? '-08:00' : '-07:00';
    lines.push(`date: ${plan.ymd}T${pad(random.int(6, 20))}:${pad(random.int(0, 59))}:00${offset}`);
  } else {
    lines.push(`date: ${plan.ymd}`);
  }
  if (random.chance(0.1)) lines.push(`updated: ${Number(plan.ymd.slice(0, 4)) + 1}-${plan.ymd.slice(5, 7)}-${pad(random.int(1, 28))}`);
  if (plan.ownSlug) lines.push(`slug: ${plan.ownSlug}`);
  lines.push(`description: ${capitalize(titleWords(random, random.int(10, 22)).join(' '))}.`);
  if (plan.explicitIds) lines.push('explicitIds: true');
  lines.push('---', '');
  return lines.join('\n');
}

/** Writes one post's body: a paragraph at a time until its size is reached. */
function writeBody(random, plan, plans) {
  const out = [];
  const notes = [];
  const linkText = () => titleWords(random, random.int(1, 4)).join(' ');
  const other = () => plans[random.int(0, plans.length - 1)];
  const ownAnchors = plan.anchors;

  function link() {
    const r = random.next();
    if (r < 0.3) {
      const slug = random.pick(words).replace(/[^a-z0-9-]/g, '') || 'page';
      return `[${linkText()}](${random.pick(hosts)}${slug})`;
    }
    if (r < 0.45 && ownAnchors.length > 0) return `[${linkText()}](#${random.pick(ownAnchors)})`;
    const target = other();
    const fragment = target.anchors.length > 0 && random.chance(0.75) ? `#${random.pick(target.anchors)}` : '';
    if (r < 0.75) return `[${linkText()}](./${target.file}${fragment})`;
    return `[${linkText()}](${target.url}${fragment})`;
  }

  function sentence() {
    const parts = [];
    if (random.chance(0.15)) parts.push(random.pick(openers));
    const length = random.int(8, 24);
    for (let w = 0; w < length; w++) {
      const r = random.next();
      if (r < 0.02) parts.push(link());
      else if (r < 0.03) parts.push(`*${random.pick(words)}*`);
      else if (r < 0.035) parts.push(`**${random.pick(words)}**`);
      else if (r < 0.041) parts.push(random.pick(quoted));
      else parts.push(random.pick(words));
    }
    let text = parts.join(' ');
    text = capitalize(text) + (random.chance(0.9) ? '.' : '?');
    if (random.chance(0.03)) {
      notes.push(`${capitalize(titleWords(random, random.int(6, 18)).join(' '))}.` + (random.chance(0.3) ? ` See ${link()}.` : ''));
      text += `[^${notes.length}]`;
    }
    return text;
  }

  function paragraph() {
    const sentences = [];
    const count = random.int(2, 7);
    for (let s = 0; s < count; s++) sentences.push(sentence());
    return sentences.join(' ');
  }

  function block() {
    const r = random.next();
    if (r < 0.04) return `![${capitalize(titleWords(random, random.int(4, 12)).join(' '))}](../images/figure-${pad(random.int(1, imageCount))}.svg)`;
    if (r < 0.08) return ['', '', ''].slice(0, random.int(1, 3)).map(() => `> ${paragraph()}`).join('\n>\n');
    if (r < 0.12) return Array.from({length: random.int(2, 5)}, () => `- ${sentence()}`).join('\n');
    return paragraph();
  }

  const total = plan.size;
  const raw = [...plan.rawAnchors];
  const intro = plan.sections.length === 0 ? total : Math.min(total * 0.2, 1500);
  let bytes = 0;
  const fill = (budget) => {
    const start = bytes;
    for (let blocks = 0; bytes - start < budget; blocks++) {
      const noteCount = notes.length;
      let text = block();
      const length = Buffer.byteLength(text) + 2;
      // Stop short rather than overshoot; a section still gets one block.
      if (blocks > 0 && bytes - start + length > budget * 1.15) {
        notes.length = noteCount;
        break;
      }
      // A raw HTML anchor starts a paragraph, as a hand-written `<a id>` would.
      if (raw.length > 0 && !text.startsWith('!') && !text.startsWith('>') && !text.startsWith('-') && random.chance(0.5)) {
        text = `<a id="${raw.shift()}"></a>${text}`;
      }
      out.push(text, '');
      bytes += length;
    }
  };
  fill(intro);
  const perSection = plan.sections.length > 0 ? (total - intro) / plan.sections.length : 0;
  for (const section of plan.sections) {
    out.push(`## ${section.heading}${section.id ? ` {#${section.id}}` : ''}`, '');
    if (section.sub) {
      fill(perSection / 2);
      out.push(`### ${capitalize(titleWords(random, random.int(2, 5)).join(' '))} {#${section.sub}}`, '');
      fill(perSection / 2);
    } else {
      fill(perSection);
    }
  }
  // An anchor not placed yet still has to exist: others link to it.
  for (const id of raw) out.push(`<a id="${id}"></a>${paragraph()}`, '');
  notes.forEach((note, n) => out.push(`[^${n + 1}]: ${note}`));
  if (notes.length > 0) out.push('');
  return out.join('\n');
}

const siteYaml = `title: Something Similar (benchmark corpus)
description: A generated corpus shaped like the essays, for benchmarks.
baseUrl: https://www.somethingsimilar.com
language: en
timeZone: America/Los_Angeles
author:
  name: Jeff Hodges
  uri: https://www.somethingsimilar.com/about/
footnotes:
  definition: "fn:{label}"
  reference: "fnref:{label}"
feed:
  path: atom.xml
# Timings must not include fetching the real site's permalinks.json.
published: none
`;

function aboutPage(plans) {
  const first = plans[0];
  const last = plans.at(-1);
  return `---
title: About
description: About this generated site.
---

This is a generated corpus of ${plans.length} essays for benchmarks. Every essay is listed, newest first, on the [home page](/). To follow new essays, subscribe to the [Atom feed](/atom.xml).

The first essay is [${first.title}](../posts/${first.file}); the latest is [${last.title}](${last.url}).
`;
}

/**
 * Generate the corpus of `count` posts into `dir` (created, must not exist).
 * Returns the content-relative paths written.
 */
export async function generateCorpus(dir, count, seed = 0x5eed) {
  const random = createRandom(seed ^ Math.imul(count, 0x9e3779b1));
  const plans = Array.from({length: count}, (_, index) => planPost(random, index, count));
  // Each post's text in plan order: the seeded generator's sequence is part of the corpus.
  const posts = plans.map((plan) => ({file: plan.file, text: frontMatter(random, plan) + '\n' + writeBody(random, plan, plans)}));
  return writeSite(dir, {siteYaml, about: aboutPage(plans), images: imageCount, posts});
}

/**
 * The corpus profiles: `essays`, shaped like the essays in content/ (this
 * file), and `blogs`, shaped like a real technical blog (`blogs.js`).
 */
export const corpusProfiles = {
  essays: {version: generatorVersion, generate: generateCorpus, folder: (count) => `v${generatorVersion}-${count}`},
  blogs: {version: blogGeneratorVersion, generate: generateBlogCorpus, folder: (count) => `blogs-v${blogGeneratorVersion}-${count}`}
};

/** The profile named `name`, or a clear error. */
export function corpusProfile(name) {
  const profile = Object.hasOwn(corpusProfiles, name) ? corpusProfiles[name] : undefined;
  if (!profile) throw new Error(`Unexpected corpus \`${name}\`, expected one of ${Object.keys(corpusProfiles).map((key) => `\`${key}\``).join(', ')}`);
  return profile;
}

/** The cached corpus of profile `name` for `count` posts, generated on first use. */
export async function ensureCorpus(count, name = 'essays') {
  const profile = corpusProfile(name);
  const dir = join(corporaDir, profile.folder(count));
  try {
    if ((await stat(join(dir, 'site.yaml'))).isFile()) return dir;
  } catch {
    // Not generated yet.
  }
  // Generate beside it and rename, so an interrupted run leaves no half corpus.
  const partial = `${dir}.partial`;
  await rm(partial, {recursive: true, force: true});
  await profile.generate(partial, count);
  await rm(dir, {recursive: true, force: true});
  await rename(partial, dir);
  return dir;
}

/** Sizes of the Markdown files under `dir/posts`, for the report. */
export async function corpusStats(dir) {
  const names = await readdir(join(dir, 'posts'));
  let bytes = 0;
  let largest = {name: '', bytes: 0};
  for (const name of names) {
    const size = (await stat(join(dir, 'posts', name))).size;
    bytes += size;
    if (size > largest.bytes) largest = {name, bytes: size};
  }
  return {posts: names.length, bytes, largest: `posts/${largest.name}`, largestBytes: largest.bytes};
}
