import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import {basename, dirname, join} from 'node:path';
import {randomBytes} from 'node:crypto';
import type {OutputFile} from './render-site.js';

/**
 * Write the whole site next to `outDir`, then swap it in: a build that fails
 * part-way leaves the previous site exactly as it was.
 */
export async function writeOutput(outDir: string, outputs: OutputFile[]): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const suffix = randomBytes(6).toString('hex');
  const staging = join(parent, `.${name}-building-${suffix}`);
  const retired = join(parent, `.${name}-previous-${suffix}`);
  await mkdir(parent, {recursive: true});
  try {
    for (const output of outputs) {
      const target = join(staging, ...output.path.split('/'));
      await mkdir(dirname(target), {recursive: true});
      await writeFile(target, output.contents);
    }
    let hadPrevious = true;
    try {
      await rename(outDir, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadPrevious = false;
    }
    try {
      await rename(staging, outDir);
    } catch (error) {
      if (hadPrevious) await rename(retired, outDir);
      throw error;
    }
    if (hadPrevious) await rm(retired, {recursive: true, force: true});
  } finally {
    await rm(staging, {recursive: true, force: true});
  }
}
