import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {
  collectFacts,
  createSiteIndex,
  parseMarkdown,
  readSiteConfig,
  resolveLink,
  type FileFacts,
  type SiteConfig
} from '@folio/core';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';

// A frozen copy of the essays (test/fixtures/something-similar/): the toolchain
// reads them as its first user wrote them. The live content/ is checked by
// `npm run check` and `npm run build` alone, so a writer's edit fails no test.
const contentDir = fileURLToPath(new URL('./fixtures/something-similar/', import.meta.url));

interface Source {
  path: string;
  value: string;
  tree: Root;
  facts: FileFacts;
}

function loadSite(): {site: SiteConfig; sources: Source[]} {
  const {config, problems} = readSiteConfig(readFileSync(contentDir + 'site.yaml', 'utf8'));
  if (!config) throw new Error(`site.yaml: ${problems.map((problem) => problem.reason).join('; ')}`);
  const sources: Source[] = [];
  for (const folder of ['posts', 'pages']) {
    for (const name of readdirSync(contentDir + folder).filter((entry) => entry.endsWith('.md')).sort()) {
      const path = `${folder}/${name}`;
      const value = readFileSync(contentDir + path, 'utf8');
      const tree = parseMarkdown(new VFile({value, path}));
      sources.push({path, value, tree, facts: collectFacts(tree, path, config)});
    }
  }
  return {site: config, sources};
}

const {site, sources} = loadSite();
const posts = sources.filter((source) => source.facts.kind === 'post');
const notesPath = 'posts/2013-01-14-notes-on-distributed-systems-for-young-bloods.md';

function source(path: string): Source {
  const found = sources.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`missing ${path}`);
  return found;
}

function plainText(path: string): string {
  return source(path).tree.children.filter((node) => node.type !== 'yaml').map((node) => toString(node)).join('\n');
}

describe('the frozen essays', () => {
  it('should read site.yaml with the blog’s settings', () => {
    expect(site.title).toBe('Something Similar');
    expect(site.baseUrl).toBe('https://www.somethingsimilar.com');
    expect(site.timeZone).toBe('America/Los_Angeles');
    expect(site.footnotes).toEqual({definition: 'fn:{label}', reference: 'fnref:{label}'});
    expect(site.feed.path).toBe('atom.xml');
  });

  it('should have no front-matter problems in any post or page', () => {
    for (const {path, facts} of sources) {
      expect(facts.problems, path).toEqual([]);
      expect(facts.url, path).toBeDefined();
      expect(facts.draft, path).toBe(false);
    }
  });

  it('should publish the five essays at their URLs', () => {
    const urls = Object.fromEntries(posts.map(({facts}) => [facts.title, facts.url]));
    expect(urls).toEqual({
      'A couple of phone calls to Congresspeople': '/2017/01/24/a-couple-of-phone-calls-to-congresspeople/',
      'Code to Read When Learning Go': '/2013/12/27/code-to-read-when-learning-go/',
      'A Story About a Photograph': expect.stringMatching(/^\/2013\/12\/\d\d\/a-story-about-a-photograph\/$/),
      'Notes on Distributed Systems for Young Bloods': '/2013/01/14/notes-on-distributed-systems-for-young-bloods/',
      'Monorail (n., jargon)': expect.stringMatching(/^\/\d{4}\/\d\d\/\d\d\/monorail\/$/)
    });
  });

  it('should publish the About page at /about/', () => {
    const about = source('pages/about.md').facts;
    expect(about.url).toBe('/about/');
    expect(about.title).toBe('About Jeff Hodges');
  });

  it('should order the posts by date as the seed lists them, newest first', () => {
    const newestFirst = [...posts].sort((a, b) => (b.facts.post?.date.epochMs ?? 0) - (a.facts.post?.date.epochMs ?? 0));
    expect(newestFirst.map(({facts}) => facts.title)).toEqual([
      'A couple of phone calls to Congresspeople',
      'Code to Read When Learning Go',
      'A Story About a Photograph',
      'Notes on Distributed Systems for Young Bloods',
      'Monorail (n., jargon)'
    ]);
    const dates = newestFirst.map(({facts}) => facts.post?.date.epochMs);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('should keep the Notes post’s publication and update moments', () => {
    const post = source(notesPath).facts.post;
    expect(post?.date.rfc3339).toBe('2013-01-14T08:15:00-08:00');
    expect(post?.updated?.rfc3339.slice(0, 10)).toBe('2016-08-15');
    expect(post?.explicitIds).toBe(true);
  });

  it('should give the Notes post its section and footnote anchors', () => {
    const ids = source(notesPath).facts.anchors.map((anchor) => anchor.id);
    expect(ids).toEqual(expect.arrayContaining(['cap', 'metrics', 'fail', 'fn:1', 'fnref:1']));
  });

  it('should give every heading in the Notes post an explicit id', () => {
    const headings: Heading[] = [];
    visit(source(notesPath).tree, 'heading', (heading) => {
      headings.push(heading);
    });
    expect(headings).toHaveLength(18);
    for (const heading of headings) {
      expect(heading.depth, toString(heading)).toBe(2);
      expect(heading.data?.explicitIdPosition, toString(heading)).toBeDefined();
      expect(heading.data?.id, toString(heading)).toMatch(/^[a-z][a-z-]*$/);
    }
    const metrics = headings.find((heading) => heading.data?.id === 'metrics');
    expect(metrics && toString(metrics)).toBe('Metrics are the only way to get your job done.');
    const cap = headings.find((heading) => heading.data?.id === 'cap');
    expect(cap && toString(cap)).toBe('Use the CAP theorem to critique systems.');
  });

  it('should have unique anchors on every page', () => {
    for (const {path, facts} of sources) {
      const ids = facts.anchors.map((anchor) => anchor.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), path).toEqual([]);
    }
  });

  it('should start no post with an h1', () => {
    for (const {path, tree} of sources) {
      visit(tree, 'heading', (heading) => {
        expect(heading.depth, path).toBeGreaterThan(1);
      });
    }
  });

  it('should resolve every local link to a page or a file', () => {
    const images = readdirSync(contentDir + 'images').map((name) => `images/${name}`);
    const index = createSiteIndex(site, sources.map(({facts}) => facts), images, ['/', `/${site.feed.path}`, '/404.html']);
    for (const {path, facts} of sources) {
      for (const link of facts.links) {
        const resolved = resolveLink(index, path, link.url);
        expect(resolved.type, `${path}: ${link.url}`).not.toBe('missing');
        expect(resolved.type, `${path}: ${link.url}`).not.toBe('unpublished');
      }
    }
  });

  it('should link the Notes footnote and the CA note to their sources', () => {
    const {value} = source(notesPath);
    expect(value).toContain('start moving[^1].');
    expect(value).toContain('[^1]: Of course, [Rotem-Gal-Oz’s take on the fallacies](');
    expect(value).toContain('[you can’t choose CA](https://codahale.com/you-cant-sacrifice-partition-tolerance/)');
  });

  // Sentences copied from the published essays, curly quotes and typos kept.
  it('should keep the published words', () => {
    const sentences: Record<string, string[]> = {
      'posts/2017-01-24-a-couple-of-phone-calls-to-congresspeople.md': [
        'I am embarrassed that I didn’t reach out as a consituent to make it clear what I expected of her.',
        'Bipartisanship is not compatible with resistance.',
        'I can’t believe this is the world we’re living in.'
      ],
      'posts/2013-12-27-code-to-read-when-learning-go.md': [
        'It’s part of the, Blogger and Google Code architecture, and is, in many ways, a “smarter memcached” as a library.',
        'One of Go’s major selling points is it’s readability, even to those inexperienced in it, and just digging in is worth your time.',
        '(And, if you do nothing else, read Effective Go.)'
      ],
      [notesPath]: [
        'Systems engineers that haven’t worked in distributed computation will come up with ideas like “well, it’ll just send the write to both machines” or “it’ll just keep retrying the write until it succeeds”.',
        '“It’s slow” is the hardest problem you’ll ever debug.',
        'And the use of feature flags means accepting that having multiple versions of infrastructure and data is a norm, not an rarity.',
        'One last note: Out of C, A, and P, you can’t choose CA.',
        'Update (2016-08-15): I’ve added permalinks for each section and cleaned up some text in the sections on coordination, data-locality, feature flags, and backpressure.',
        'Of course, Rotem-Gal-Oz’s take on the fallacies is very good.'
      ],
      'posts/2012-07-23-monorail.md': [
        'Coined by Jean-Paul Cozzatti in 2010, “monorail” is a portmanteau of the words “monolithic” and “Ruby on Rails”.',
        '“Nobody owned anything in the monorail because everyone’s code touched everyone else’s.”'
      ]
    };
    for (const [path, expected] of Object.entries(sentences)) {
      const text = plainText(path);
      for (const sentence of expected) expect(text, path).toContain(sentence);
    }
    const story = posts.find(({facts}) => facts.title === 'A Story About a Photograph');
    const storyText = story ? plainText(story.path) : '';
    expect(storyText).toContain('Ten minutes later, the photographer says “alright, we’re done over here. Let’s go to the next spot.”');
    expect(storyText).toContain('I kind of like the shot better in greyscale. Credit to Noah Berger for the shot.');
  });

  it('should keep the photograph’s published alt text and a placeholder image', () => {
    const story = posts.find(({facts}) => facts.title === 'A Story About a Photograph');
    expect(story?.value).toContain(
      "![Two engineers on a roof deck in front of a keyboard. One bites his lip in concentration with hands on the keyboard while the other points at the laptop's screen](../images/photograph.svg)"
    );
    const svg = readFileSync(contentDir + 'images/photograph.svg', 'utf8');
    expect(svg.length).toBeLessThan(2048);
    expect(svg).toMatch(/<title[^>]*>[^<]*Noah Berger[^<]*<\/title>/);
  });
});
