// Stock remark tooling (remark-cli, the editor extensions) runs the same checks as `npm run check`.
// Order matters: parse the same syntax, give headings their ids, collect the site, then lint.
import {factsFromCheck} from '@folio/cli';
import {frontMatterFormats, remarkSectionIds} from '@folio/core';
import {remarkFolioSite, remarkPresetFolio, remarkStringifyExplicitIds, WorkspaceSites} from '@folio/lint';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

// One per process: an editor extension imports this file once and runs it on every keystroke,
// so the site stays in memory (watched for changes) instead of being read again each time.
// It is first read through the check, whose cache makes a site checked before quick to open.
const sites = new WorkspaceSites({seed: factsFromCheck});

export default {
  plugins: [
    [remarkFrontmatter, [...frontMatterFormats]],
    remarkGfm,
    remarkSectionIds,
    // `remark -o` and Format Document write `{#id}` back after the headings that had one.
    remarkStringifyExplicitIds,
    [remarkFolioSite, {sites}],
    remarkPresetFolio
  ]
};
