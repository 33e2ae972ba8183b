import {writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {PassThrough} from 'node:stream';
import {remark} from 'remark';
import {engine} from 'unified-engine';
import type {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {makeSite} from './helpers/make-site.js';

const rcPath = resolve(import.meta.dirname, '../.remarkrc.mjs');
const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#section).\n';

/** One run of stock remark tooling with the repository's `.remarkrc.mjs`, as an editor extension makes on each keystroke. */
function runRemark(cwd: string, file: string, output = false): Promise<VFile> {
  return new Promise((resolvePromise, reject) => {
    engine(
      {processor: remark, files: [file], cwd, rcPath, out: false, output, quiet: true, streamError: new PassThrough(), streamOut: new PassThrough()},
      (error, _code, context) => {
        const [found] = context?.files ?? [];
        if (error || !found) reject(error ?? new Error('no file'));
        else resolvePromise(found);
      }
    );
  });
}

const codes = (file: VFile) => file.messages.map((message) => message.ruleId);

describe('.remarkrc.mjs in a long-running process', () => {
  it('should keep the site in memory between runs and still see another file change on disk', async () => {
    const dir = await makeSite({'posts/2020-01-02-target.md': target, 'posts/2020-01-03-linking.md': linking});
    const file = join(dir, 'posts/2020-01-03-linking.md');
    expect(codes(await runRemark(dir, file))).toEqual([]);
    await writeFile(join(dir, 'posts/2020-01-02-target.md'), target.replace('{#section}', '{#renamed}'));
    // The site's watcher reports the change a moment later: run again until it shows, as the next keystrokes would.
    let found: Array<string | undefined> = [];
    for (let run = 0; run < 200 && found.length === 0; run++) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
      found = codes(await runRemark(dir, file));
    }
    expect(found).toEqual(['no-missing-anchor']);
  });

  it('should write explicit heading ids back when formatting', async () => {
    const post = '---\ntitle: Ids\ndate: 2020-01-02\n---\n\nCritique systems {#cap #old}\n==========================\n\n## Metrics   {#metrics}\n\nText.\n';
    const dir = await makeSite({'posts/2020-01-02-ids.md': post});
    const formatted = String(await runRemark(dir, join(dir, 'posts/2020-01-02-ids.md'), true));
    expect(formatted).toContain('# Critique systems {#cap #old}\n');
    expect(formatted).toContain('## Metrics {#metrics}\n');
  });
});
