import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {DOMParser} from '@xmldom/xmldom';
import {describe, expect, it} from 'vitest';
import type {MessageRecord} from '@folio/cli';
import {makeSite, runCli} from './helpers/make-site.js';

const good = `---\ntitle: Good\ndate: 2020-01-02\n---\n\nText.\n`;

type JsonMessage = MessageRecord;

async function check(files: Record<string, string | Uint8Array>): Promise<{code: number; messages: JsonMessage[]; stderr: string}> {
  const dir = await makeSite({'posts/2020-01-02-good.md': good, ...files});
  const run = await runCli(['check', '--content', dir, '--format', 'json']);
  return {code: run.code, messages: JSON.parse(run.stdout) as JsonMessage[], stderr: run.stderr};
}

function located(messages: JsonMessage[]): string[] {
  return messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`);
}

describe('bad input gives a positioned message and exit 1, never a crash', () => {
  it('should report malformed YAML at its line', async () => {
    const {code, messages, stderr} = await check({'posts/bad.md': '---\ntitle: [unclosed\ndate: 2020-01-01\n---\n\nText.\n'});
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(located(messages)).toEqual(['posts/bad.md:3:1 front-matter']);
  });

  it('should report a missing date at the front matter and an impossible one at its value', async () => {
    const missing = await check({'posts/missing.md': '---\ntitle: No date\n---\n\nText.\n'});
    expect(missing.code).toBe(1);
    expect(located(missing.messages)).toEqual(['posts/missing.md:2:1 front-matter']);
    const impossible = await check({'posts/impossible.md': '---\ntitle: Leap\ndate: 2021-02-29\n---\n'});
    expect(impossible.code).toBe(1);
    expect(located(impossible.messages)).toEqual(['posts/impossible.md:3:7 front-matter']);
    expect(impossible.messages[0]?.message).toContain('`2021-02-29`');
  });

  it('should report two posts claiming one URL', async () => {
    const {code, messages} = await check({'posts/2020-01-02-other.md': '---\ntitle: Other\ndate: 2020-01-02\nslug: good\n---\n'});
    expect(code).toBe(1);
    expect(messages.map((m) => m.file)).toContain('posts/2020-01-02-other.md');
    expect(messages.some((m) => m.ruleId === 'front-matter' && m.message.includes('/2020/01/02/good/'))).toBe(true);
  });

  it('should report a file that is not UTF-8 at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Latin\ndate: 2020-01-01\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    const {code, messages} = await check({'posts/latin1.md': bytes});
    expect(code).toBe(1);
    expect(located(messages)).toEqual(['posts/latin1.md:6:4 encoding']);
  });

  it('should report a 10 MB file instead of parsing it', async () => {
    const huge = `---\ntitle: Huge\ndate: 2020-01-01\n---\n\n${'All work and no play. '.repeat(480_000)}\n`;
    expect(huge.length).toBeGreaterThan(10_000_000);
    const {code, messages} = await check({'posts/huge.md': huge});
    expect(code).toBe(1);
    expect(located(messages)).toEqual(['posts/huge.md:1:1 file-too-large']);
  });

  it('should reject control characters in a title', async () => {
    const {code, messages} = await check({'posts/control.md': '---\ntitle: "Bell \\u0007 rings"\ndate: 2020-01-01\n---\n'});
    expect(code).toBe(1);
    expect(located(messages)).toEqual(['posts/control.md:2:8 front-matter']);
  });

  it('should report unterminated front matter', async () => {
    const {code, messages} = await check({'posts/open.md': '---\ntitle: Open\ndate: 2020-01-01\n\nNo closing line.\n'});
    expect(code).toBe(1);
    expect(messages.some((m) => m.file === 'posts/open.md' && m.line === 1 && m.ruleId === 'front-matter')).toBe(true);
  });

  it('should keep XML and HTML well-formed for a title with `]]>`, `<` and `&`', async () => {
    const dir = await makeSite({'posts/2020-01-02-cdata.md': '---\ntitle: "Ends ]]> here & <there>"\ndate: 2020-01-02\n---\n\nBody with ]]> too.\n'});
    const out = `${dir}-out`;
    const run = await runCli(['build', '--content', dir, '--out', out]);
    expect(run.code).toBe(0);
    const xml = await readFile(join(out, 'atom.xml'), 'utf8');
    const errors: string[] = [];
    const document = new DOMParser({onError: (level, message) => errors.push(`${level}: ${message}`)}).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    expect(document.getElementsByTagName('entry')[0]?.getElementsByTagName('title')[0]?.textContent).toBe('Ends ]]> here & <there>');
    const html = await readFile(join(out, '2020/01/02/cdata/index.html'), 'utf8');
    expect(html).toContain('Ends ]]> here &#x26; &#x3C;there>');
  });
});
