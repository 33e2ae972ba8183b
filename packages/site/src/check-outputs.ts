import {outputPathOf, siteValuePosition, type FileFacts, type SiteIndex} from '@folio/core';
import {reportSiteMessage, type SeverityOf} from '@folio/lint';
import {themeFiles} from '@folio/theme';
import type {Position} from 'unist';
import {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';

export const duplicateOutputRule = 'no-duplicate-output';

/** One file the build would write, and what makes it write it. */
interface Claim {
  /** Output-relative path, `/`-separated. */
  path: string;
  /** Who keeps a contested path: the build's own files, then the feed, pages, aliases, copied files. */
  rank: number;
  /** What writes it, for a message: "the feed", "`posts/a.md`", "alias `/old/` of `posts/a.md`". */
  label: string;
  /** Where a message about it goes; none for a copied file, which gets a file of its own. */
  file?: VFile;
  place?: Position;
}

const start: Position = {start: {line: 1, column: 1}, end: {line: 1, column: 1}};

function order(a: Claim, b: Claim): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function claimsOf(index: SiteIndex, sources: Map<string, VFile>, configFile: VFile, assets: string[]): Claim[] {
  const claims: Claim[] = [
    {path: 'index.html', rank: 0, label: 'the index page'},
    {path: '404.html', rank: 0, label: 'the 404 page'},
    {path: 'permalinks.json', rank: 0, label: 'the permalink record'},
    ...themeFiles().map((file) => ({path: file.path, rank: 0, label: 'the theme'})),
    {path: index.site.feed.path, rank: 1, label: 'the feed (`feed.path`)', file: configFile, place: siteValuePosition(String(configFile.value ?? ''), ['feed', 'path']) ?? start}
  ];
  for (const facts of index.files.values()) {
    const file = sources.get(facts.path);
    if (facts.url === undefined || !file) continue;
    // A second file with one URL is the `front-matter` rule's to report.
    if (index.pages.get(facts.url) === facts) {
      claims.push({path: outputPathOf(facts.url), rank: 2, label: `\`${facts.path}\``, file, place: facts.places?.url ?? start});
    }
    for (const alias of aliasesOf(facts)) {
      claims.push({path: outputPathOf(alias.alias), rank: 3, label: `alias \`${alias.alias}\` of \`${facts.path}\``, file, place: alias.position ?? start});
    }
  }
  for (const asset of assets) claims.push({path: asset, rank: 4, label: `the copied file \`${asset}\``});
  return claims.sort(order);
}

function aliasesOf(facts: FileFacts): Array<{alias: string; position?: Position}> {
  const placed = new Map((facts.places?.aliases ?? []).map((entry) => [entry.alias, entry.position]));
  return (facts.post?.aliases ?? []).map((alias) => {
    const position = placed.get(alias);
    return position ? {alias, position} : {alias};
  });
}

/** Files made for copied files that clash: they have no messages of their own otherwise. */
export interface OutputCheck {
  files: VFile[];
}

/**
 * Report every file the build would write twice, or write where another
 * one needs a folder (`atom.xml` and `atom.xml/index.html`), at what causes
 * it (the alias, the slug or date, the page's name, `feed.path`), with a
 * `cause` naming the other file. The build's own files keep their paths.
 */
export function reportDuplicateOutputs(index: SiteIndex, sources: Map<string, VFile>, configFile: VFile, assets: string[], contentDir: string, severityOf: SeverityOf): OutputCheck {
  const claims = claimsOf(index, sources, configFile, assets);
  const owners = new Map<string, Claim>();
  const extra = new Map<string, VFile>();
  const report = (loser: Claim, winner: Claim, reason: string): void => {
    let file = loser.file;
    if (!file) {
      file = extra.get(loser.path) ?? new VFile({path: loser.path, cwd: contentDir});
      extra.set(loser.path, file);
    }
    const cause = new VFileMessage(`\`${winner.path}\` written for ${winner.label}`, {ruleId: duplicateOutputRule, source: 'folio', ...(winner.place ? {place: winner.place} : {})});
    if (winner.file) cause.file = winner.file.path;
    reportSiteMessage(file, {ruleId: duplicateOutputRule, reason, place: loser.place ?? start, cause}, severityOf);
  };
  for (const claim of claims) {
    const owner = owners.get(claim.path);
    if (owner) {
      report(claim, owner, `Unexpected output \`${claim.path}\` for ${claim.label} that ${owner.label} writes too, expected one file per output path`);
      continue;
    }
    owners.set(claim.path, claim);
  }
  // A file where another one needs a folder, whichever came first.
  const folders = new Map<string, Claim>();
  for (const claim of owners.values()) {
    const parts = claim.path.split('/');
    for (let end = 1; end < parts.length; end++) {
      const folder = parts.slice(0, end).join('/');
      if (!folders.has(folder)) folders.set(folder, claim);
    }
  }
  for (const claim of owners.values()) {
    const inside = folders.get(claim.path);
    if (!inside) continue;
    const [loser, winner] = order(claim, inside) < 0 ? [inside, claim] : [claim, inside];
    const reason =
      loser === claim
        ? `Unexpected output \`${claim.path}\` for ${claim.label} where ${inside.label} needs a folder (for \`${inside.path}\`), expected one file per output path`
        : `Unexpected output \`${inside.path}\` for ${inside.label} inside \`${claim.path}\`, which ${claim.label} writes as a file, expected one file per output path`;
    report(loser, winner, reason);
  }
  return {files: [...extra.values()]};
}
