// Stock remark tooling (remark-cli, the editor extensions) runs the same checks as `npm run check`.
// Order matters: parse the same syntax, give headings their ids, collect the site, then lint.
import {remarkSectionIds} from '@folio/core';
import {remarkFolioSite, remarkPresetFolio} from '@folio/lint';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

export default {
  plugins: [[remarkFrontmatter, ['yaml']], remarkGfm, remarkSectionIds, remarkFolioSite, remarkPresetFolio]
};
