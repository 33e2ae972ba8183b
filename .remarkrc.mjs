// Stock remark tooling (remark-cli, the editor extensions) gives each file of a site what `npm run check` gives it.
// Order matters: parse the same syntax, give headings their ids, then check the file in its site.
import {frontMatterFormats, remarkSectionIds} from '@folio/core';
import {remarkStringifyExplicitIds} from '@folio/lint';
import {defaultCacheRoot, remarkFolioSite, SiteSessions} from '@folio/site';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

// One per process: an editor extension imports this file once and runs it on every keystroke,
// so each site stays open (watched for changes) instead of being read again each time.
// It starts from the check's cache, which makes a site checked before quick to open.
const sessions = new SiteSessions({
  cacheRoot: (contentDir) => process.env.FOLIO_CACHE_DIR || defaultCacheRoot(contentDir) || defaultCacheRoot(process.cwd())
});

export default {
  plugins: [
    [remarkFrontmatter, [...frontMatterFormats]],
    remarkGfm,
    remarkSectionIds,
    // `remark -o` and Format Document write `{#id}` back after the headings that had one.
    remarkStringifyExplicitIds,
    [remarkFolioSite, {sessions}]
  ]
};
