import type {Root, Yaml} from 'mdast';
import {collectAnchors, collectLinks} from './anchors.js';
import {readPageMeta, readPostMeta} from './front-matter.js';
import type {FileFacts, LinkReference, Problem, SiteConfig, SourceKind} from './types.js';
import {unsafeSitePath} from './output-paths.js';
import {pageUrl, permalinkOf, postUrl, sectionOf} from './urls.js';
import {readYamlMapping} from './yaml-mapping.js';

/** Each URL the file links to, once, without positions: what the site index needs. */
function distinctLinks(tree: Root): LinkReference[] {
  const seen = new Set<string>();
  return collectLinks(tree).flatMap(({url, kind}) => {
    const key = `${kind} ${url}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{url, kind}];
  });
}

/** Posts live in `posts/` (or one folder down, for `sections`), pages in `pages/`; other Markdown is not published. */
export function sourceKindOf(path: string): SourceKind {
  if (/^posts\/(?:[^/]+\/)?[^/]+\.md$/i.test(path)) return 'post';
  if (/^pages\/[^/]+\.md$/i.test(path)) return 'page';
  return 'other';
}

export interface CollectOptions {
  /** Publish drafts too (`--drafts`). */
  drafts?: boolean;
}

/**
 * First phase: what one parsed file contributes to the site — its metadata,
 * URL, anchors and links — plus the problems found reading its front matter.
 */
export function collectFacts(tree: Root, path: string, site: SiteConfig, options: CollectOptions = {}): FileFacts {
  const kind = sourceKindOf(path);
  const problems: Problem[] = [];
  const facts: FileFacts = {
    path,
    kind,
    draft: false,
    anchors: collectAnchors(tree, site.footnotes),
    links: distinctLinks(tree),
    problems
  };
  if (kind === 'other') return facts;

  const first = tree.children[0];
  const yaml: Yaml | undefined = first?.type === 'yaml' ? first : undefined;
  if (!yaml) {
    // A `---` first line with no closing one parses as a thematic break.
    const unterminated = first?.type === 'thematicBreak' && first.position?.start.line === 1;
    problems.push({
      ruleId: 'front-matter',
      reason: unterminated
        ? 'Unexpected unterminated front matter, expected a closing `---` line after the last key'
        : `Unexpected missing front matter, expected a \`---\` block with ${kind === 'post' ? '`title` and `date`' : '`title`'}`,
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    });
    return facts;
  }
  const start = yaml.position?.start;
  const mapping = readYamlMapping(yaml.value, {line: (start?.line ?? 1) + 1, column: 1}, 'front-matter');

  if (kind === 'post') {
    const result = readPostMeta(mapping, path, site);
    problems.push(...result.problems);
    if (result.places) facts.places = result.places;
    if (result.meta) {
      facts.post = result.meta;
      facts.title = result.meta.title;
      facts.draft = result.meta.draft;
      facts.plannedUrl = postUrl(result.meta, permalinkOf(site, path));
      const section = sectionOf(site, path);
      if (section) facts.section = section.folder;
    }
  } else {
    const result = readPageMeta(mapping);
    problems.push(...result.problems);
    const unsafe = unsafeSitePath(pageUrl(path));
    if (unsafe !== undefined) {
      problems.push({
        ruleId: 'front-matter',
        reason: `Unexpected page name \`${path.slice(path.lastIndexOf('/') + 1)}\`, expected a name whose URL \`${pageUrl(path)}\` has no ${unsafe} (rename the file)`,
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
      });
    } else if (result.meta) {
      facts.page = result.meta;
      facts.title = result.meta.title;
      facts.draft = result.meta.draft;
      facts.plannedUrl = pageUrl(path);
    }
  }
  if (facts.plannedUrl !== undefined && (!facts.draft || options.drafts)) facts.url = facts.plannedUrl;
  return facts;
}
