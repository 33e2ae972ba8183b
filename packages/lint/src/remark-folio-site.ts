import {access} from 'node:fs/promises';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, sourceKindOf, type Problem} from '@folio/core';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {lintSource} from './create-rule.js';
import {loadSite, type LoadedSite} from './load-site.js';
import {readRuleSettings} from './rule-settings.js';
import type {WorkspaceSites} from './workspace-sites.js';

/** The nearest folder at or above `dir` with a `site.yaml`: the content directory. */
export async function findContentDir(dir: string): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    try {
      await access(join(current, 'site.yaml'));
      return current;
    } catch {
      if (dirname(current) === current) return undefined;
    }
  }
}

type SiteCache = Map<string, Promise<LoadedSite>>;

// unified-engine makes a processor per file but passes each the run's file
// set: the site is read once per run through it, not once per file (which
// made a 60-post site take minutes), and never outlives the run.
const runCacheKey = Symbol.for('@folio/lint/remark-folio-site');

function cacheOf(fileSet: unknown): SiteCache {
  if (fileSet === null || typeof fileSet !== 'object') return new Map();
  const existing: unknown = Reflect.get(fileSet, runCacheKey);
  if (existing instanceof Map) return existing as SiteCache;
  const created: SiteCache = new Map();
  Reflect.set(fileSet, runCacheKey, created);
  return created;
}

function reportSiteProblems(file: VFile, problems: Problem[], where: string): void {
  for (const problem of problems) {
    const at = problem.position ? ` ${problem.position.start.line}:${problem.position.start.column}` : '';
    const message = file.message(`${problem.reason} (in \`${where}\`${at})`, {ruleId: problem.ruleId, source: lintSource});
    message.fatal = true;
  }
}

export interface RemarkFolioSiteOptions {
  /**
   * Content directories kept in memory for the life of the process, shared
   * by every run that gets the same object: a `.remarkrc.mjs` that makes
   * one lets an editor extension re-lint a keystroke without reading the
   * site again. Default: the site is read once per run.
   */
  sites?: WorkspaceSites;
}

async function loadedSite(contentDir: string, options: RemarkFolioSiteOptions | undefined, sites: SiteCache): Promise<LoadedSite> {
  if (options?.sites) return options.sites.refresh(contentDir);
  let pending = sites.get(contentDir);
  if (!pending) {
    pending = loadSite(contentDir);
    sites.set(contentDir, pending);
  }
  return pending;
}

/**
 * The first phase for stock remark tooling (remark-cli, editor extensions
 * through `.remarkrc.mjs`): when the build has not set `file.data.folioSite`,
 * find the content directory above the file (the folder with `site.yaml`),
 * read and collect the whole site once per run (through unified-engine's
 * file set), or keep it in memory with `sites`, and set `folioFacts` and
 * `folioSite`. The file's own facts come from the tree being checked, so
 * an editor's unsaved text is what gets checked. Files that the check does
 * not read as posts or pages get no site. List it after `remarkSectionIds`
 * and before the rules.
 */
export function remarkFolioSite(options?: RemarkFolioSiteOptions | null, fileSet?: unknown) {
  // Per processor or run, never per module: a long-running editor server must not see a stale site.
  const sites = cacheOf(fileSet);

  return async function (tree: Root, file: VFile): Promise<undefined> {
    if (file.data.folioSite || !file.path) return;
    const path = resolve(file.cwd, file.path);
    const contentDir = await findContentDir(dirname(path));
    if (contentDir === undefined) return;
    const own = relative(contentDir, path).split(sep).join('/');
    if (sourceKindOf(own) === 'other') return;
    const where = relative(file.cwd, join(contentDir, 'site.yaml')).split(sep).join('/');
    let loaded: LoadedSite;
    try {
      loaded = await loadedSite(contentDir, options ?? undefined, sites);
    } catch (error) {
      reportSiteProblems(file, [{ruleId: 'site-config', reason: `Unexpected unreadable site: ${String(error)}, expected a readable content directory`}], where);
      return;
    }
    const {site} = loaded;
    reportSiteProblems(file, loaded.problems, where);
    if (!site) return;
    reportSiteProblems(file, readRuleSettings(site.rules).problems, where);
    const facts = collectFacts(tree, own, site);
    const others = [...loaded.facts.values()].filter((other) => other.path !== own);
    file.data.folioFacts = facts;
    file.data.folioSite = createSiteIndex(site, [...others, facts], loaded.assets, generatedPaths(site));
  };
}
