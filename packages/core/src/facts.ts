import type {Root} from 'mdast';
import {collectAnchors, collectLinks} from './anchors.js';
import {opensUnterminatedFrontMatter, readFrontMatter} from './front-matter-block.js';
import {readPageMeta, readPostMeta} from './front-matter.js';
import {firstTitleHeading} from './title-heading.js';
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

/** The file name endings of Markdown sources. */
export const markdownExtensions = ['.md', '.markdown'] as const;

/** True for a file that is Markdown by its name (`.md`, `.markdown`, any case). */
export function isMarkdownPath(path: string): boolean {
  const lower = path.toLowerCase();
  return markdownExtensions.some((extension) => lower.endsWith(extension));
}

/**
 * Posts live in the posts folder (`posts` in `site.yaml`, default `posts/`)
 * or one folder down (for `sections`), pages in `pages/`; other Markdown is
 * not published.
 */
export function sourceKindOf(path: string, postsFolder = 'posts'): SourceKind {
  if (!isMarkdownPath(path)) return 'other';
  const folder = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  if (folder === postsFolder) return 'post';
  if (folder.startsWith(`${postsFolder}/`) && !folder.slice(postsFolder.length + 1).includes('/')) return 'post';
  if (folder === 'pages') return 'page';
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
  const kind = sourceKindOf(path, site.posts);
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

  const frontMatter = readFrontMatter(tree, 'front-matter');
  if (!frontMatter) {
    const fence = opensUnterminatedFrontMatter(tree);
    problems.push({
      ruleId: 'front-matter',
      reason: fence
        ? `Unexpected unterminated front matter, expected a closing \`${fence}\` line after the last key`
        : `Unexpected missing front matter, expected a \`---\` (YAML) or \`+++\` (TOML) block with ${kind === 'post' ? '`title` and `date`' : '`title`'}`,
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    });
    return facts;
  }
  const {mapping} = frontMatter;
  // Without `title`, the first `#` heading names the page (as VuePress does).
  const heading = firstTitleHeading(tree);
  const titleOptions = heading === undefined ? {} : {fallbackTitle: heading};

  if (kind === 'post') {
    const result = readPostMeta(mapping, path, site, titleOptions);
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
    const result = readPageMeta(mapping, titleOptions);
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
