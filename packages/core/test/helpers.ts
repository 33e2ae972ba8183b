import type {Root} from 'mdast';
import type {Position} from 'unist';
import {VFile} from 'vfile';
import {parseMarkdown, readSiteConfig, readYamlMapping, type Problem, type SiteConfig, type YamlMapping} from '../src/index.js';

/** The site the tests run against: Los Angeles time, `fn:`/`fnref:` footnote ids. */
export function testSite(): SiteConfig {
  const {config, problems} = readSiteConfig(
    [
      'title: Something Similar',
      'baseUrl: https://www.somethingsimilar.com',
      'timeZone: America/Los_Angeles',
      'author:',
      '  name: Jeff Hodges',
      'footnotes:',
      '  definition: "fn:{label}"',
      '  reference: "fnref:{label}"'
    ].join('\n')
  );
  if (!config) throw new Error(`Unexpected invalid test site: ${problems.map((problem) => problem.reason).join('; ')}`);
  return config;
}

export function parse(markdown: string, path = 'posts/2013-01-14-test.md'): Root {
  return parseMarkdown(new VFile({path, value: markdown}));
}

/** Front matter as `collectFacts` reads it: the block starts on line 2, below `---`. */
export function frontMatter(yaml: string): YamlMapping {
  return readYamlMapping(yaml, {line: 2, column: 1}, 'front-matter');
}

/** `line:column-line:column`, as reporters print a position. */
export function at(position: Position | undefined): string {
  if (!position) return 'no position';
  const {start, end} = position;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Problems as `line:column-line:column: reason`, the way remark-lint tests read. */
export function report(problems: Problem[]): string[] {
  return problems.map((problem) => `${at(problem.position)}: ${problem.reason}`);
}
