// What both corpus profiles draw from: a seeded generator with the helpers
// they use, and the small text utilities around it.

import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {mulberry32} from './random.js';
import {words} from '../prose.js';

/** A seeded generator with the helpers the corpora use. */
export function createRandom(seed) {
  const next = mulberry32(seed);
  const int = (low, high) => low + Math.floor(next() * (high - low + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return {next, int, pick, chance};
}

export const pad = (n, width = 2) => String(n).padStart(width, '0');
export const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** `count` words, the first longer than three letters (no title starts with `the`). */
export function titleWords(random, count) {
  const chosen = [];
  while (chosen.length < count) {
    const word = random.pick(words);
    if (word.length > 3 || chosen.length > 0) chosen.push(word);
  }
  return chosen;
}

/** A small SVG figure, different for each `n`. */
export function svgImage(n) {
  const hue = (n * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><title>Figure ${n}</title><rect width="640" height="360" fill="hsl(${hue} 40% 85%)"/><circle cx="${160 + n * 12}" cy="180" r="${60 + n}" fill="hsl(${hue} 50% 45%)"/></svg>\n`;
}

/**
 * Write a generated site into `dir` (created, must not exist): its settings,
 * an about page, `images` numbered SVG figures and every post.
 * Returns the content-relative paths of the posts.
 */
export async function writeSite(dir, {siteYaml, about, images, posts}) {
  await mkdir(join(dir, 'posts'), {recursive: true});
  await mkdir(join(dir, 'pages'), {recursive: true});
  await mkdir(join(dir, 'images'), {recursive: true});
  await writeFile(join(dir, 'site.yaml'), siteYaml);
  await writeFile(join(dir, 'pages', 'about.md'), about);
  for (let n = 1; n <= images; n++) await writeFile(join(dir, 'images', `figure-${pad(n)}.svg`), svgImage(n));
  for (const post of posts) await writeFile(join(dir, 'posts', post.file), post.text);
  return posts.map((post) => `posts/${post.file}`);
}
