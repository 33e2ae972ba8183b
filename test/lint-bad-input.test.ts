import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {lintSite, report} from '../packages/lint/test/helpers/lint-site.js';

const siteYaml = 'title: Bad input\nbaseUrl: https://www.example.com\nauthor:\n  name: Writer\n';
const frontMatter = '---\ntitle: Bad input\ndate: 2020-01-01\n---\n\n';

/** Lint one post (given as bytes or text) in a site of its own; its messages, every rule. */
async function lintPost(value: string | Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'folio-bad-input-'));
  await mkdir(join(dir, 'posts'), {recursive: true});
  await writeFile(join(dir, 'site.yaml'), siteYaml);
  await writeFile(join(dir, 'posts/bad.md'), value);
  const {files} = await lintSite(dir);
  return report(files.get('posts/bad.md')).map((line) => line.replace(/ {2,}/g, ' '));
}

describe('bad input', () => {
  it('should check text decoded from invalid UTF-8, replacement characters and all', async () => {
    const invalid = Buffer.from([0xc3, 0x28, 0xff, 0xfe]);
    const bytes = Buffer.concat([Buffer.from(`${frontMatter}## Caf`), invalid, Buffer.from('\n\n[fine](#caf) and [broken](#caf'), Buffer.from([0xff]), Buffer.from(')\n')]);
    expect(await lintPost(bytes)).toEqual([
      '8:18-8:33: Unexpected missing anchor `#caf\uFFFD` in this page, expected an existing anchor; did you mean `#caf`?'
    ]);
  });

  it('should check a binary file as text without crashing', async () => {
    const bytes = new Uint8Array(4096);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919 + 13) % 256;
    const lines = await lintPost(bytes);
    expect(lines).toContain('1:1-1:1: Unexpected missing front matter, expected a `---` (YAML) or `+++` (TOML) block with `title` and `date`');
  });

  it('should report unterminated front matter', async () => {
    expect(await lintPost('---\ntitle: Never closed\ndate: 2020-01-01\n\nText.\n')).toEqual([
      '1:1-1:1: Unexpected unterminated front matter, expected a closing `---` line after the last key'
    ]);
  });

  it('should refuse 10,000 nested lists without parsing it, with a message', async () => {
    expect(await lintPost(`${frontMatter}${'- '.repeat(10_000)}deep\n`)).toEqual([
      '6:1-6:1: Unexpected nesting 10000 levels deep, expected at most 100 levels of lists and block quotes'
    ]);
  });

  it('should refuse 10,000 nested block quotes without parsing it, with a message', async () => {
    expect(await lintPost(`${frontMatter}${'>'.repeat(10_000)} deep\n`)).toEqual([
      '6:1-6:1: Unexpected nesting 10000 levels deep, expected at most 100 levels of lists and block quotes'
    ]);
  });

  it('should refuse a 10 MB file without parsing it, with a message', async () => {
    const paragraph = 'Distributed systems are *different* because they fail often, and [partially](#failure).\n\n';
    const body = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const value = `${frontMatter}## Failure\n\n${body}`;
    expect(await lintPost(value)).toEqual([
      `1:1-1:1: Unexpected file of ${Buffer.byteLength(value)} bytes, expected at most 4194304 bytes (split it into several posts)`
    ]);
  });

  it('should check a large file (512 kB) to the end', {timeout: 120_000}, async () => {
    const paragraph = 'Distributed systems are different because they fail often and partially, and at [the worst time](#failure).\n\n';
    const body = paragraph.repeat(Math.floor((512 * 1024) / paragraph.length));
    const line = 8 + body.split('\n').length - 1;
    expect(await lintPost(`${frontMatter}## Failure\n\n${body}![](https://example.org/x.png)\n`)).toEqual([
      `${line}:1-${line}:31: Unexpected image without alt text, expected a short description in \`![…]\``
    ]);
  });
});
