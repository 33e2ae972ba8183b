import type {CheckedSite} from '@folio/site';
import type {VFile} from 'vfile';

/** What the editor shows for one document of a site, from the session's check. */
export type DocumentReport =
  /** Checked: these are the messages `npm run check` prints for the file. */
  | {kind: 'checked'; file: VFile}
  /** Not checked, and why (a file that is no post or page). */
  | {kind: 'skipped'; reason: string}
  /** The site's own settings are broken: the check reports only those, on `site.yaml`. */
  | {kind: 'site-broken'};

/** Whether the check stopped at the site's settings (`site.yaml`, `rules:`, an unreadable folder) and checked no file. */
export function isSiteBroken(checked: CheckedSite): boolean {
  return checked.index === undefined;
}

/** The report for `own` (content-relative) of `contentDir`, out of the whole site's check. */
export function documentReport(checked: CheckedSite, contentDir: string, own: string): DocumentReport {
  // The site's own files (site.yaml opened in the editor), and a file the check reads without publishing it (one that looks like a post in the wrong place), have their messages.
  const other = siteFiles(checked).find((file) => file.path === own);
  if (other && other.messages.length > 0) return {kind: 'checked', file: other};
  if (isSiteBroken(checked)) return {kind: 'site-broken'};
  const source = checked.sources.find((each) => each.file.path === own);
  if (source) return {kind: 'checked', file: source.file};
  return {kind: 'skipped', reason: `Not checked: \`${own}\` is not a post or page of the site in \`${contentDir}\` (posts are \`${checked.site?.posts ?? 'posts'}/*.md\`, pages \`pages/*.md\`), so \`npm run check\` does not read it either`};
}

/** The files of the site that are not posts or pages but carry messages: `site.yaml`, `permalinks.json`, and the others the check names. */
export function siteFiles(checked: CheckedSite): VFile[] {
  return [checked.configFile, checked.manifestFile, ...checked.otherFiles];
}
