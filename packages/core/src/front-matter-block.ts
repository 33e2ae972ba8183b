import type {Literal, Root, RootContent} from 'mdast';
import type {Position} from 'unist';
import {readTomlMapping} from './toml-mapping.js';
import {readYamlMapping, type YamlMapping} from './yaml-mapping.js';

// remark-frontmatter makes `toml` nodes; mdast types only `yaml`.
declare module 'mdast' {
  interface Toml extends Literal {
    type: 'toml';
  }
  interface RootContentMap {
    toml: Toml;
  }
  interface FrontmatterContentMap {
    toml: Toml;
  }
}

/** The front matter formats every parser of ours reads (remark-frontmatter presets). */
export const frontMatterFormats = ['yaml', 'toml'] as const;

/** The front matter block a file opens with, if any. */
export function frontMatterNode(tree: Root): Extract<RootContent, {type: 'yaml' | 'toml'}> | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' || first?.type === 'toml' ? first : undefined;
}

/**
 * A `---` or `+++` first line with no closing one: it parses as a thematic
 * break or as a paragraph of its own.
 */
export function opensUnterminatedFrontMatter(tree: Root): '---' | '+++' | undefined {
  const first = tree.children[0];
  if (first?.position?.start.line !== 1) return undefined;
  if (first.type === 'thematicBreak') return '---';
  const text = first.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  return /^\+\+\+[ \t]*(?:\n|$)/.test(text) ? '+++' : undefined;
}

/** The keys of a file's front matter, YAML or TOML, with where each was written. */
export function readFrontMatter(tree: Root, ruleId: string): {mapping: YamlMapping; position?: Position} | undefined {
  const node = frontMatterNode(tree);
  if (!node) return undefined;
  // The block's text starts on the line after its opening fence.
  const start = {line: (node.position?.start.line ?? 1) + 1, column: 1};
  const mapping = node.type === 'yaml' ? readYamlMapping(node.value, start, ruleId) : readTomlMapping(node.value, start, ruleId);
  return {mapping, ...(node.position ? {position: node.position} : {})};
}
