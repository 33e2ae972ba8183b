import type {Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {VFile} from 'vfile';
import {frontMatterFormats} from './front-matter-block.js';
import {sectionIds} from './section-ids.js';
import type {HeadingIdProfile} from './slugs/rule.js';

/** The parser every package shares: the same syntax for checks and HTML. */
export function createMarkdownParser() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, [...frontMatterFormats]);
}

export interface ParseOptions {
  /** Whose automatic heading ids to give (`headingIds` in `site.yaml`); default `github`. */
  headingIds?: HeadingIdProfile;
}

/** Parse a file once, with section ids on its headings. */
export function parseMarkdown(file: VFile, options: ParseOptions = {}): Root {
  const tree = createMarkdownParser().parse(file);
  sectionIds(tree, {...options, source: file.toString()});
  return tree;
}
