import {dirname, relative, resolve, sep} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, sectionIds} from '@folio/core';
import {findContentDir} from '@folio/lint';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import type {WorkspaceSites} from './workspace-site.js';

export interface Options {
  /** The editor server's cache of every content directory it has seen. */
  sites: WorkspaceSites;
}

/**
 * The first phase for the language server: the open document's facts come
 * from its unsaved text, every other file's from the in-memory cache, so a
 * keystroke re-parses one file. Runs before `remarkFolioSite`, which then
 * has nothing left to do.
 */
export const remarkWorkspaceSite: Plugin<[Options], Root> = function (options) {
  return async function (tree: Root, file: VFile): Promise<undefined> {
    if (file.data.folioSite || !file.path) return;
    const path = resolve(file.cwd, file.path);
    const contentDir = await findContentDir(dirname(path));
    if (contentDir === undefined) return;
    const workspace = await options.sites.refresh(contentDir);
    if (!workspace.site) return;
    // The ids `remarkSectionIds` gave before the site was known follow the site's engine now.
    sectionIds(tree, {headingIds: workspace.site.headingIds, source: file.toString()});
    const own = relative(contentDir, path).split(sep).join('/');
    const facts = collectFacts(tree, own, workspace.site);
    const others = [...workspace.facts.values()].filter((other) => other.path !== own);
    file.data.folioFacts = facts;
    file.data.folioSite = createSiteIndex(workspace.site, [...others, facts], workspace.assets, generatedPaths(workspace.site));
  };
};
