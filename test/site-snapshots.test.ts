import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFixtureSite, type BuiltSite} from './helpers/built-site.js';

// The rendered essays and the feed, as files a reviewer can read in a diff.
describe('the frozen essays, rendered', () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildFixtureSite();
  });
  afterAll(async () => {
    await built.remove();
  });

  it('should render every essay and page as in its snapshot', async () => {
    const pages = built.files.filter((path) => path.endsWith('/index.html') && path !== 'index.html');
    expect(pages).toHaveLength(6);
    for (const path of pages) {
      const name = path.replace(/\/index\.html$/, '').replaceAll('/', '-');
      await expect(await readFile(join(built.dir, path), 'utf8')).toMatchFileSnapshot(`./__snapshots__/site/${name}.html`);
    }
  });

  it('should render the index, the 404 page and the feed as in their snapshots', async () => {
    for (const path of ['index.html', '404.html', 'atom.xml']) {
      await expect(await readFile(join(built.dir, path), 'utf8')).toMatchFileSnapshot(`./__snapshots__/site/${path}`);
    }
  });
});
