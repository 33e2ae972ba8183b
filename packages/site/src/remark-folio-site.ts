import {access} from 'node:fs/promises';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {sourceKindOf} from '@folio/core';
import {remarkPresetFolio} from '@folio/lint';
import type {Root} from 'mdast';
import {unified} from 'unified';
import type {VFile} from 'vfile';
import {restoreMessages, serializeMessages} from './parallel/serialized-message.js';
import {openSite, type SiteSession} from './session/open-site.js';
import type {SiteSessions} from './session/site-sessions.js';

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

type RunSessions = Map<string, Promise<SiteSession>>;

// unified-engine makes a processor per file but passes each the run's file
// set: the site is read once per run through it, not once per file (which
// made a 60-post site take minutes), and never outlives the run.
const runSessionsKey = Symbol.for('@folio/site/remark-folio-site');

function runSessionsOf(fileSet: unknown): RunSessions {
  if (fileSet === null || typeof fileSet !== 'object') return new Map();
  const existing: unknown = Reflect.get(fileSet, runSessionsKey);
  if (existing instanceof Map) return existing as RunSessions;
  const created: RunSessions = new Map();
  Reflect.set(fileSet, runSessionsKey, created);
  return created;
}

export interface RemarkFolioSiteOptions {
  /**
   * Sessions kept for the life of the process, shared by every run that
   * gets the same object: a `.remarkrc.mjs` that makes one lets an editor
   * extension re-lint a keystroke without reading the site again.
   * Default: a session per run.
   */
  sessions?: SiteSessions;
}

/** The text the engine read or the editor holds, as the session should see it: undefined when it is what is on disk. */
function bufferOf(file: VFile): string | undefined {
  return typeof file.value === 'string' ? file.value : undefined;
}

/**
 * `folio check` for stock remark tooling (remark-cli, editor extensions
 * through `.remarkrc.mjs`): a file of a site (the folder above it with
 * `site.yaml`) gets exactly the messages the check gives it, with the
 * engine's text as an unsaved buffer; `site.yaml`'s errors are reported on
 * it too. A file outside a site, or one the check does not read as a post
 * or page, gets the rules alone.
 */
export function remarkFolioSite(options?: RemarkFolioSiteOptions | null, fileSet?: unknown) {
  // Per processor or run, never per module: a long-running editor server must not see a stale site.
  const sessions = runSessionsOf(fileSet);
  const rules = unified().use(remarkPresetFolio).freeze();

  return async function (tree: Root, file: VFile): Promise<undefined> {
    // A caller that made the site itself (a test, a build of its own) gets the rules against it.
    if (file.data.folioSite) {
      await rules.run(tree, file);
      return;
    }
    const path = file.path ? resolve(file.cwd, file.path) : undefined;
    const contentDir = path === undefined ? undefined : await findContentDir(dirname(path));
    const own = path === undefined || contentDir === undefined ? undefined : relative(contentDir, path).split(sep).join('/');
    if (contentDir === undefined || own === undefined || sourceKindOf(own) === 'other') {
      await rules.run(tree, file);
      return;
    }
    let pending = options?.sessions?.session(contentDir) ?? sessions.get(contentDir);
    if (!pending) {
      pending = openSite({contentDir});
      sessions.set(contentDir, pending);
    }
    const session = await pending;
    const text = bufferOf(file);
    session.setBuffer(own, text);
    // This file first: the others are checked when they are run on (an editor's keystroke costs this file alone).
    const {checked} = await session.checkFirst(own);
    const where = relative(file.cwd, join(contentDir, 'site.yaml')).split(sep).join('/');
    for (const message of checked.configFile.messages) {
      if (message.fatal !== true) continue;
      const reason = `${message.reason} (in \`${where}\` ${message.line ?? 1}:${message.column ?? 1})`;
      file.message(reason, {place: {line: 1, column: 1}, ruleId: message.ruleId ?? 'site-config', source: message.source ?? 'folio'}).fatal = true;
    }
    const source = checked.sources.find((candidate) => candidate.file.path === own);
    if (source) {
      restoreMessages(file, serializeMessages(source.file));
      if (source.facts) file.data.folioFacts = source.facts;
      if (checked.index) file.data.folioSite = checked.index;
    }
  };
}
