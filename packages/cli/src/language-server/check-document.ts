import {relative, sep} from 'node:path';
import {collectFacts, createSiteIndex, generatedPaths, sectionIds, type FileFacts, type SiteConfig} from '@folio/core';
import {createLinter, docsUrl, type Linter} from '@folio/lint';
import type {WorkspaceSite} from '@folio/site';
import {VFile} from 'vfile';
import type {DocumentParses} from './document-parses.js';

/** What the editor shows for one document. */
export type DocumentReport =
  /** Checked as the check checks it: these are the messages `npm run check` prints for the file. */
  | {kind: 'checked'; file: VFile}
  /** Not checked, and why (a file that is no post or page, outside any site…). */
  | {kind: 'skipped'; reason: string}
  /** The site's own settings are broken: the check reports only those, on `site.yaml`. */
  | {kind: 'site-broken'};

/**
 * What a keystroke need not redo: one linter per site settings (building
 * the preset's processor costs more than a keystroke), every other file's
 * facts in path order per workspace answer.
 */
export class Linters {
  private last: {site: SiteConfig; linter: Linter} | undefined;
  private others: {workspace: WorkspaceSite; own: string; facts: FileFacts[]} | undefined;

  of(site: SiteConfig): Linter {
    if (this.last?.site !== site) this.last = {site, linter: createLinter(site)};
    return this.last.linter;
  }

  /** Every file's facts but `own`'s, in path order (the workspace lists them so). */
  othersOf(workspace: WorkspaceSite, own: string): FileFacts[] {
    if (this.others?.workspace !== workspace || this.others.own !== own) {
      this.others = {workspace, own, facts: [...workspace.facts.values()].filter((other) => other.path !== own)};
    }
    return this.others.facts;
  }
}

export interface DocumentInput {
  contentDir: string;
  /** Absolute path of the document. */
  path: string;
  /** The editor's text, without a byte order mark. */
  text: string;
  workspace: WorkspaceSite;
  parses: DocumentParses;
  linters: Linters;
}

/**
 * Both phases for one open document, as `checkSite` runs them for a file
 * on disk: every other file's facts come from the workspace (as last read
 * from disk), this file's from the editor's text; then every rule
 * (`stable-permalinks` against the committed `permalinks.json`: the
 * deployed record is the check's to fetch), and links to the rules' docs.
 */
export async function checkDocument(input: DocumentInput): Promise<DocumentReport> {
  const {workspace} = input;
  const own = relative(input.contentDir, input.path).split(sep).join('/');
  const site = workspace.site;
  if (!site) return {kind: 'site-broken'};
  const linter = input.linters.of(site);
  if (linter.problems.length > 0) return {kind: 'site-broken'};
  if (!workspace.sources.has(own)) {
    return {kind: 'skipped', reason: `Not checked: \`${own}\` is not a post or page of the site in \`${input.contentDir}\` (posts are \`posts/*.md\`, pages \`pages/*.md\`), so \`npm run check\` does not read it either`};
  }
  const file = new VFile({path: own, cwd: input.contentDir, value: input.text});
  const tree = input.parses.parse(file);
  if (!tree) return {kind: 'checked', file};
  // Blocks are parsed one by one; the site's engine numbers repeated headings over the whole document.
  sectionIds(tree, {headingIds: site.headingIds, source: input.text});
  const facts = collectFacts(tree, own, site, {drafts: false});
  file.data.folioFacts = facts;
  // Nearly sorted already: the index's sort by path is linear on it.
  const index = createSiteIndex(site, [...input.linters.othersOf(workspace, own), facts], workspace.assets, generatedPaths(site), workspace.recorded);
  file.data.folioSite = index;
  // Every rule, `stable-permalinks` too (it reads `index.recorded`).
  await linter.run(tree, file);
  for (const message of file.messages) {
    if (!message.url && message.ruleId) message.url = docsUrl(message.ruleId);
  }
  return {kind: 'checked', file};
}
