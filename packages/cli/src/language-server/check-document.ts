import {relative, sep} from 'node:path';
import {reportLostPermalinks} from '@folio/site';
import {collectFacts, createSiteIndex, generatedPaths, sectionIds, type FileFacts, type SiteConfig} from '@folio/core';
import {createLinter, docsUrl, type Linter, type WorkspaceSite} from '@folio/lint';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
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
 * facts in path order per workspace answer, and the permalink checks while
 * the document's own URL and anchors stay the same.
 */
export class Linters {
  private last: {site: SiteConfig; linter: Linter} | undefined;
  private others: {workspace: WorkspaceSite; own: string; facts: FileFacts[]} | undefined;
  private permalinks: {workspace: WorkspaceSite; key: string; messages: VFileMessage[]} | undefined;

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

  /** The permalink messages for `own`, made again only when what they depend on changed. */
  permalinkMessages(workspace: WorkspaceSite, facts: FileFacts, make: () => VFileMessage[]): VFileMessage[] {
    // Everything of the file the permalink checks read: URL, aliases, post metadata, anchors and where they are.
    const key = JSON.stringify([facts.path, facts.url, facts.kind, facts.draft, facts.post, facts.anchors]);
    if (this.permalinks?.workspace !== workspace || this.permalinks.key !== key) this.permalinks = {workspace, key, messages: make()};
    return this.permalinks.messages;
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
 * from disk), this file's from the editor's text; then every rule, the
 * permalink checks against the committed `permalinks.json` (the deployed
 * record is the check's to fetch), and links to the rules' docs.
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
  await linter.run(tree, file);
  if (linter.enabled('stable-permalinks')) {
    const made = input.linters.permalinkMessages(workspace, facts, () => {
      const scratch = new VFile({path: own});
      const byPath = new Map([[own, scratch]]);
      reportLostPermalinks(index, byPath);
      return scratch.messages;
    });
    file.messages.push(...made);
  }
  for (const message of file.messages) {
    if (!message.url && message.ruleId) message.url = docsUrl(message.ruleId);
  }
  return {kind: 'checked', file};
}
