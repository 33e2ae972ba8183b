// The shape of a content directory's posts, in the terms of issue #14: post
// sizes (median, p90, largest), fenced code blocks and their share of the
// bytes, headings, links, table rows and raw HTML tags, per post. Usage:
//   node bench/shape.js DIR

import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

/** Counts over every post in `dir/posts`. */
export async function corpusShape(dir) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const names = (await readdir(join(dir, 'posts'))).filter((name) => name.endsWith('.md')).sort();
  const sizes = [];
  const totals = {bytes: 0, codeBlocks: 0, codeBytes: 0, headings: 0, links: 0, tableRows: 0, htmlTags: 0};
  for (const name of names) {
    const text = await readFile(join(dir, 'posts', name), 'utf8');
    const bytes = Buffer.byteLength(text);
    sizes.push(bytes);
    totals.bytes += bytes;
    visit(processor.parse(text), (node) => {
      if (node.type === 'code') {
        totals.codeBlocks++;
        totals.codeBytes += Buffer.byteLength(node.value);
      } else if (node.type === 'heading') totals.headings++;
      else if (node.type === 'link' || node.type === 'linkReference') totals.links++;
      else if (node.type === 'tableRow') totals.tableRows++;
      else if (node.type === 'html') totals.htmlTags += (node.value.match(/<\/?[a-z][^>]*>/gi) ?? []).length;
    });
  }
  sizes.sort((a, b) => a - b);
  const at = (q) => sizes[Math.min(sizes.length - 1, Math.floor(q * sizes.length))];
  const posts = names.length;
  return {
    posts,
    bytes: totals.bytes,
    medianBytes: at(0.5),
    p90Bytes: at(0.9),
    largestBytes: sizes.at(-1),
    codeBlocks: totals.codeBlocks,
    codeShare: totals.codeBytes / totals.bytes,
    headingsPerPost: totals.headings / posts,
    linksPerPost: totals.links / posts,
    tableRows: totals.tableRows,
    htmlTagsPerPost: totals.htmlTags / posts
  };
}

/** One line for a report. */
export function formatShape(shape) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  return `${shape.posts} posts, ${(shape.bytes / 1e6).toFixed(1)} MB; post size median ${kb(shape.medianBytes)}, p90 ${kb(shape.p90Bytes)}, largest ${kb(shape.largestBytes)}; ${shape.codeBlocks} code blocks (${(100 * shape.codeShare).toFixed(1)} % of the bytes); per post ${shape.headingsPerPost.toFixed(1)} headings, ${shape.linksPerPost.toFixed(1)} links, ${shape.htmlTagsPerPost.toFixed(1)} raw HTML tags; ${shape.tableRows} table rows`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('Usage: node bench/shape.js DIR');
    process.exit(2);
  }
  console.log(formatShape(await corpusShape(process.argv[2])));
}
