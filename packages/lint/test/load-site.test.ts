import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSite} from '../src/load-site.js';
import {fixtures} from './helpers/lint-site.js';

describe('loadSite', () => {
  it('should read site.yaml, collect every post and page, and list the other files', async () => {
    const loaded = await loadSite(join(fixtures, 'no-missing-target'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.site?.baseUrl).toBe('https://www.somethingsimilar.com');
    expect([...loaded.facts.keys()]).toEqual([
      'pages/about.md',
      'posts/2013-01-14-notes.md',
      'posts/not-ok.md',
      'posts/ok.md',
      'posts/wip-too.md',
      'posts/wip.md'
    ]);
    expect(loaded.facts.get('posts/2013-01-14-notes.md')?.url).toBe('/2013/01/14/notes/');
    expect(loaded.assets).toEqual(['images/cat.png']);
  });

});
