import {siteCatalogOf, viewKeyOf, type FileFacts, type SiteIndex} from '@folio/core';
import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {linkDocs, reportSiteWide, type CheckedSite, type PreparedCheck} from '../check-site.js';
import {indexOf, surroundingsKeyOf} from './check-pass.js';
import type {SessionState} from './open-site.js';

/**
 * What of one file the whole-site passes and every other file's checks can
 * see: its view key (URL, anchors, aliases, a page's title), and what
 * decides its outputs and feed id (kind, dates, where its URL and aliases
 * are written, whether its front matter is in error). While it stays the
 * same, an edit of the file changes no other file's messages.
 */
export function siteWideKeyOf(facts: FileFacts): string {
  const anchorKinds = facts.anchors.map((anchor) => anchor.kind);
  return JSON.stringify([viewKeyOf(facts), facts.kind, facts.section ?? null, facts.post ?? null, facts.page ?? null, facts.places ?? null, anchorKinds, facts.problems.length > 0]);
}

/** `index` with `facts` in place of the file's earlier facts, which had the same site-wide key: nothing else moves. */
export function withFacts(index: SiteIndex, facts: FileFacts): SiteIndex {
  const before = index.files.get(facts.path);
  const files = new Map(index.files).set(facts.path, facts);
  let {pages, aliases} = index;
  if (before?.url !== undefined && pages.get(before.url) === before) pages = new Map(pages).set(before.url, facts);
  const aliased = [...aliases].filter(([, owner]) => owner === before);
  if (aliased.length > 0) {
    aliases = new Map(aliases);
    for (const [alias] of aliased) aliases.set(alias, facts);
  }
  return {...index, files, pages, aliases};
}

/** A source's hash as held: `null` for a file without text. */
export type HeldHash = string | null;

/**
 * The site as the session's memo vouches for it, held between an editor's
 * keystrokes: every source's hash, facts and site-wide key, the index, and
 * what the whole-site passes report (on each source, and on the site's own
 * files). A source's own messages stay in the memo, keyed by its hash.
 */
export interface HeldSite {
  /** The settings and listing it was made under; a re-scan that reads the same bytes keeps it. */
  settings: SessionState['settings'];
  listing: PreparedCheck['listing'];
  fingerprint: string;
  prepared: PreparedCheck;
  hashes: Map<string, HeldHash>;
  keys: Map<string, string>;
  index: SiteIndex;
  catalog: string;
  /** What the whole-site passes put on each source after its own checks. */
  siteMessages: Map<string, VFileMessage[]>;
  /**
   * Whether every source's memoized messages hold too (the memo was made
   * under the same assets and record, of these same files). Otherwise
   * only facts are vouched for: a file's messages are its memo's only when
   * its view of the site is the one they were made under, and other files'
   * are `check`'s to give.
   */
  vouched: boolean;
  /** The check's result but for the sources. */
  site: Omit<CheckedSite, 'sources'>;
}

/** What a held site depends on besides the sources: the settings' bytes and the listing. */
export function fingerprintOf(state: SessionState): string {
  const {settings, sources} = state;
  return JSON.stringify([String(settings.configFile.value ?? ''), String(settings.manifestFile.value ?? ''), settings.theme.key, settings.unlisted, sources.listing ?? null]);
}

/**
 * Hold the site from the memo when it has every source's facts: each has
 * an entry (or is a file the last check found no facts in, `factless`,
 * with the same hash); its messages are vouched for too when the memo was
 * made under the same assets and record. The hashes held are the memo's: a
 * source whose text differs since goes in `changed`. Undefined when the
 * memo cannot tell (a first check is due).
 */
export function holdFromMemo(state: SessionState, prepared: PreparedCheck, factless: Map<string, HeldHash>, changed: Set<string>): HeldSite | undefined {
  const {checks} = state.memo;
  const {listing} = prepared;
  const hashes = new Map<string, HeldHash>();
  const keys = new Map<string, string>();
  const facts: FileFacts[] = [];
  const stale: string[] = [];
  for (const path of listing.sources) {
    const entry = checks.entries.get(path);
    const now = state.sources.fileOf(path).hash ?? null;
    if (entry) {
      hashes.set(path, entry.hash);
      keys.set(path, siteWideKeyOf(entry.facts));
      facts.push(entry.facts);
      if (entry.hash !== now) stale.push(path);
    } else if (factless.has(path) && factless.get(path) === now) {
      hashes.set(path, now);
    } else {
      return undefined;
    }
  }
  const vouched = checks.around === surroundingsKeyOf(listing, prepared.records.recorded) && checks.entries.size === facts.length;
  const index = indexOf({site: prepared.site, listing, recorded: prepared.records.recorded}, facts);
  const byPath = new Map(listing.sources.map((path) => [path, new VFile({path, cwd: state.contentDir})]));
  const site = reportSiteWide(state, prepared, index, byPath);
  linkDocs([site.configFile, site.manifestFile, ...site.otherFiles, ...byPath.values()]);
  for (const path of stale) changed.add(path);
  return {
    settings: state.settings,
    listing,
    fingerprint: fingerprintOf(state),
    prepared,
    hashes,
    keys,
    index,
    catalog: siteCatalogOf(index),
    siteMessages: new Map([...byPath].map(([path, file]) => [path, file.messages])),
    vouched,
    site
  };
}

/**
 * Whether `held` still describes the settings and listing: after a re-scan
 * (new objects), the same bytes keep it, and the sources whose hash moved
 * go in `changed`.
 */
export function stillHeld(state: SessionState, held: HeldSite, changed: Set<string>): boolean {
  if (held.settings === state.settings && held.listing === state.sources.listing) return true;
  if (fingerprintOf(state) !== held.fingerprint || !state.sources.listing) return false;
  for (const path of state.sources.listing.sources) {
    if ((state.sources.fileOf(path).hash ?? null) !== held.hashes.get(path)) changed.add(path);
  }
  held.settings = state.settings;
  held.listing = state.sources.listing;
  return true;
}
