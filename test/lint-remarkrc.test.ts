import {join, relative, resolve} from 'node:path';
import {PassThrough} from 'node:stream';
import {remark} from 'remark';
import {engine} from 'unified-engine';
import type {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {openSite} from '@folio/site';
import {lintSite} from '../packages/lint/test/helpers/lint-site.js';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'test/fixtures/lint/site');

/** Every message as `path line:column-line:column severity rule-id: reason`, sorted. */
function lines(files: Iterable<VFile>, pathOf: (file: VFile) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const end = message.place && 'end' in message.place ? message.place.end : undefined;
      const place = `${message.line}:${message.column}-${end?.line}:${end?.column}`;
      found.push(`${pathOf(file)} ${place} ${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`);
    }
  }
  return found.sort();
}

/** The posts and pages as `folio check` reports them. */
async function checkedSources(dir: string): Promise<VFile[]> {
  const session = await openSite({contentDir: dir});
  try {
    return (await session.check()).sources.map((source) => source.file);
  } finally {
    await session.close();
  }
}

/** Run stock remark tooling (what remark-cli does) with the repository's `.remarkrc.mjs`. */
function runRemark(files: string[]): Promise<VFile[]> {
  return new Promise((resolvePromise, reject) => {
    engine(
      {
        processor: remark,
        files,
        cwd: root,
        extensions: ['md'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        ignoreName: '.remarkignore',
        out: false,
        quiet: true,
        streamError: new PassThrough()
      },
      (error, _code, context) => {
        if (error) reject(error);
        else resolvePromise(context?.files ?? []);
      }
    );
  });
}

describe('.remarkrc.mjs', () => {
  it('should make stock remark tooling report what `createLinter` reports, and what the check reports on each post and page', async () => {
    const fromRemark = lines(await runRemark([site]), (file) => relative(site, resolve(root, file.path)));
    const linted = await lintSite(site);
    const fromLinter = lines(linted.files.values(), (file) => file.path);
    expect(fromRemark).toEqual(fromLinter);
    expect(fromRemark).toEqual(lines(await checkedSources(site), (file) => file.path));
    expect(fromRemark).toHaveLength(10);
    expect(fromRemark.filter((line) => line.includes(' image-alt: '))[0]).toContain(' error image-alt');
    expect(fromRemark.filter((line) => line.includes(' no-unused-footnote: '))[0]).toContain(' warning no-unused-footnote');
  });

  it('should check one file against the rest of the site', async () => {
    const one = 'posts/2014-02-01-linking.md';
    const fromRemark = lines(await runRemark([join(site, one)]), (file) => relative(site, resolve(root, file.path)));
    const linted = await lintSite(site);
    expect(fromRemark).toEqual(lines([linted.files.get(one)].flatMap((file) => (file ? [file] : [])), (file) => file.path));
    expect(fromRemark).toEqual(lines((await checkedSources(site)).filter((file) => file.path === one), (file) => file.path));
  });
});
