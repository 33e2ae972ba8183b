import {collectFacts, createSiteIndex, parseMarkdown, readSiteConfig, type SiteConfig, type SiteIndex} from '@folio/core';
import type {Root as HastRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {toContentTree} from '../src/index.js';

// Shared by the tests: a small site with this blog's footnote ids.
const config = readSiteConfig(
  [
    'title: Something Similar',
    'baseUrl: https://www.somethingsimilar.com',
    'author: Jeff Hodges',
    'timeZone: America/Los_Angeles',
    'footnotes:',
    '  definition: "fn:{label}"',
    '  reference: "fnref:{label}"'
  ].join('\n')
).config;
if (!config) throw new Error('Unexpected invalid test site config');
export const site: SiteConfig = config;

export interface TestSite {
  index: SiteIndex;
  trees: Map<string, Root>;
}

/** Parse every file as the build does and index the site. */
export function createTestSite(files: Record<string, string>, assets: string[] = []): TestSite {
  const trees = new Map<string, Root>();
  const facts = Object.entries(files).map(([path, value]) => {
    const tree = parseMarkdown(new VFile({path, value}));
    trees.set(path, tree);
    return collectFacts(tree, path, site);
  });
  return {index: createSiteIndex(site, facts, assets), trees};
}

export function serialize(tree: HastRoot): string {
  return toHtml(tree, {allowDangerousHtml: true});
}

/** Render one file of a site to HTML. */
export function render(files: Record<string, string>, path: string, assets: string[] = []): string {
  const {index, trees} = createTestSite(files, assets);
  const tree = trees.get(path);
  if (!tree) throw new Error(`Unexpected missing test file \`${path}\``);
  return serialize(toContentTree(tree, {index, path}));
}

/** A post with front matter around `body`. */
export function post(body: string, title = 'A post', date = '2013-01-14'): string {
  return `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}`;
}

/** Every `id` (and `<a name>`) a browser finds in `html`, in document order. */
export function renderedIds(html: string): string[] {
  const ids: string[] = [];
  visit(fromHtml(html, {fragment: true}), 'element', (element) => {
    const {id, name} = element.properties;
    if (typeof id === 'string') ids.push(id);
    if (element.tagName === 'a' && typeof name === 'string' && name !== '') ids.push(name);
  });
  return ids;
}
