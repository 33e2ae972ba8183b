// Working copies of a corpus, and the one-paragraph edit the warm runs make.

import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** A fresh temporary folder for one size's run. */
export async function createWorkDir(size) {
  return mkdtemp(join(tmpdir(), `folio-bench-${size}-`));
}

/** Copy the cached corpus to `dir`, so runs never write into the cache. */
export async function copyCorpus(corpus, dir) {
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  await cp(corpus, dir, {recursive: true});
}

/** The index of the first prose paragraph after the front matter. */
function firstParagraphLine(lines) {
  let fences = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === '---') fences++;
    // Prose: not a heading, quote, list, image or footnote definition.
    else if (fences >= 2 && line.length > 40 && !/^(#|>|- |!\[|\[\^)/.test(line)) return index;
  }
  throw new Error('Unexpected post without a prose paragraph, expected one to edit');
}

/**
 * Change one paragraph's text (not its links or ids), differently for every
 * `round`, so each run sees new content of the same shape.
 */
export function editText(text, round) {
  const lines = text.split('\n');
  const index = firstParagraphLine(lines);
  const line = lines[index].replace(/ Revised in round \d+\.$/, '');
  lines[index] = `${line} Revised in round ${round}.`;
  return lines.join('\n');
}

/** Apply `editText` to a file on disk. */
export async function editFile(path, round) {
  await writeFile(path, editText(await readFile(path, 'utf8'), round));
}
