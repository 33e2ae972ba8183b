import {readFrontMatter, type FileFacts} from '@folio/core';
import type {Root} from 'mdast';
import type {Position} from 'unist';

/** Where a post's URL comes from: its `url`, else its `slug`, else its `date`, else the whole block. */
export function urlSourceOf(tree: Root, facts: FileFacts): Position | undefined {
  const frontMatter = readFrontMatter(tree, 'front-matter');
  if (!frontMatter || facts.kind !== 'post') return frontMatter?.position;
  const {fields} = frontMatter.mapping;
  return fields.get('url')?.valuePosition ?? fields.get('slug')?.valuePosition ?? fields.get('date')?.valuePosition ?? frontMatter.position;
}

/** Why a file no longer has the URL it had: `draft: true` when it says so, else what sets its URL. */
export function lostUrlSourceOf(tree: Root, facts: FileFacts): Position | undefined {
  const draft = facts.draft ? readFrontMatter(tree, 'front-matter')?.mapping.fields.get('draft')?.valuePosition : undefined;
  return draft ?? urlSourceOf(tree, facts);
}
