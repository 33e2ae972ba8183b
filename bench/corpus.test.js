// The generator's own check, outside `npm test` (speed is benchmarked, not
// tested): `node --test bench/corpus.test.js`.

import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {generateBlogCorpus} from './blogs.js';
import {generateCorpus} from './corpus.js';

async function snapshot(dir) {
  const files = {};
  for (const folder of ['posts', 'pages', 'images']) {
    for (const name of await readdir(join(dir, folder))) files[`${folder}/${name}`] = await readFile(join(dir, folder, name), 'utf8');
  }
  files['site.yaml'] = await readFile(join(dir, 'site.yaml'), 'utf8');
  return files;
}

test('should write the same bytes for the same size, and resolvable links of every kind', async () => {
  const root = await mkdtemp(join(tmpdir(), 'folio-corpus-test-'));
  try {
    await generateCorpus(join(root, 'a'), 200);
    await generateCorpus(join(root, 'b'), 200);
    const a = await snapshot(join(root, 'a'));
    assert.deepEqual(a, await snapshot(join(root, 'b')));

    const posts = Object.entries(a).filter(([path]) => path.startsWith('posts/'));
    assert.equal(posts.length, 200);
    const text = posts.map(([, value]) => value).join('\n');
    for (const shape of [/^## .+ \{#[a-z0-9-]+\}$/m, /\[\^\d+\]: /, /\]\(#[a-z0-9-]+\)/, /\]\(\.\/\d{4}-\d{2}-\d{2}-[^)]+\.md#[a-z0-9-]+\)/, /\]\(\/\d{4}\/\d{2}\/\d{2}\/[^)]+\/#[a-z0-9-]+\)/, /<a id="[^"]+"><\/a>/, /!\[[^\]]+\]\(\.\.\/images\/figure-\d+\.svg\)/]) {
      assert.match(text, shape);
    }

    // Every `.md` link names a generated file, and its fragment an id that file defines.
    const ids = new Map(posts.map(([path, value]) => [path.slice('posts/'.length), new Set([...value.matchAll(/\{#([a-z0-9-]+)\}|<a id="([^"]+)">/g)].map((m) => m[1] ?? m[2]))]));
    for (const [, value] of posts) {
      for (const [, file, fragment] of value.matchAll(/\]\(\.\/([^)#]+\.md)(?:#([^)]+))?\)/g)) {
        assert.ok(ids.has(file), `missing ${file}`);
        if (fragment) assert.ok(ids.get(file).has(fragment), `missing #${fragment} in ${file}`);
      }
    }
  } finally {
    await rm(root, {recursive: true, force: true});
  }
});

test('should write a blog-shaped corpus the same way twice, with GitHub-slug headings and resolvable links', async () => {
  const root = await mkdtemp(join(tmpdir(), 'folio-corpus-test-'));
  try {
    await generateBlogCorpus(join(root, 'a'), 200);
    await generateBlogCorpus(join(root, 'b'), 200);
    const a = await snapshot(join(root, 'a'));
    assert.deepEqual(a, await snapshot(join(root, 'b')));

    const posts = Object.entries(a).filter(([path]) => path.startsWith('posts/'));
    assert.equal(posts.length, 200);
    const text = posts.map(([, value]) => value).join('\n');
    for (const shape of [/^```[a-z]+$/m, /^\| .+ \|$/m, /^<figure>$/m, /<kbd>[^<]+<\/kbd>/, /\]\[\d+\]/, /^\[\d+\]: https:/m, /\]\(\.\/\d{4}-\d{2}-\d{2}-[^)]+\.md#[a-z0-9-]+\)/]) {
      assert.match(text, shape);
    }
    // No id a Markdown checker cannot read: no `{#id}`, no raw HTML id.
    assert.doesNotMatch(text, /\{#[a-z0-9-]+\}|\sid="/);

    // Every `.md` link names a generated file, and its fragment a heading's GitHub slug there.
    const slug = (heading) => heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
    const ids = new Map(posts.map(([path, value]) => [path.slice('posts/'.length), new Set([...value.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1])))]));
    for (const [, value] of posts) {
      for (const [, file, fragment] of value.matchAll(/\]\(\.\/([^)#]+\.md)(?:#([^)]+))?\)/g)) {
        assert.ok(ids.has(file), `missing ${file}`);
        if (fragment) assert.ok(ids.get(file).has(fragment), `missing #${fragment} in ${file}`);
      }
    }
  } finally {
    await rm(root, {recursive: true, force: true});
  }
});
