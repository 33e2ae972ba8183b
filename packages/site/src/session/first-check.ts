import {siteViewOf, type FileFacts, type SiteIndex} from '@folio/core';
import {VFile} from 'vfile';
import {hashText} from '../cache/hash-text.js';
import {linkDocs, prepareCheck, reportSiteWide, type CheckedSite, type CheckedSource} from '../check-site.js';
import {restoreMessages} from '../parallel/serialized-message.js';
import {localWork} from '../source-work.js';
import {indexOf} from './check-pass.js';
import {fingerprintOf, holdFromMemo, siteWideKeyOf, stillHeld, withFacts, type HeldHash, type HeldSite} from './held-site.js';
import type {SessionState} from './open-site.js';
import type {StepClock} from './step-timings.js';

/**
 * One file's check, answered first: `checked` has the site's own files
 * (`site.yaml`, `permalinks.json`, the others with messages) and, in
 * `sources`, this file (when it is a post or page), each with exactly the
 * messages `check` gives it. `others` says what became of every other
 * source's messages since the session last answered:
 * - `included`: this was a whole check, `checked.sources` has them all;
 * - `unchanged`: they are those given before;
 * - `changed`: they may differ (this file's URL, anchors or outputs
 *   changed): `check` gives them.
 */
export interface FirstCheck {
  checked: CheckedSite;
  others: 'included' | 'unchanged' | 'changed';
}

/** What the session keeps for `checkFirst` between calls. */
export interface FirstCheckState {
  held: HeldSite | undefined;
  /** Sources whose text may differ from what is held (buffers set, files read again). */
  changed: Set<string>;
  /** Sources the last whole check found no facts in (unreadable, refused), with their hash then, under the settings of `fingerprint`. */
  factless: Map<string, HeldHash>;
  fingerprint: string;
}

export interface FirstCheckInput {
  state: SessionState;
  first: FirstCheckState;
  clock: StepClock;
  /** A whole check, as `check` makes it. */
  check: () => Promise<CheckedSite>;
  /** A whole check of the files on disk, buffers aside: on every core, to start from. */
  checkDisk: () => Promise<CheckedSite>;
}

/** Note which sources a whole check found no facts in, so the memo can vouch for the site without them. */
export function noteFactless(first: FirstCheckState, state: SessionState, checked: CheckedSite): void {
  first.held = undefined;
  first.fingerprint = fingerprintOf(state);
  first.factless = new Map(checked.sources.filter((source) => !source.facts).map((source) => [source.file.path, state.sources.fileOf(source.file.path).hash ?? null]));
}

/** The sources known to have no facts, when the settings are those they were found under. */
function factlessOf(first: FirstCheckState, state: SessionState): Map<string, HeldHash> {
  return first.fingerprint === fingerprintOf(state) ? first.factless : new Map();
}

/**
 * Check `own` first, at the cost of that file alone when nothing else
 * changed: the site is held from the memo (the last check's, or the
 * persistent cache's, verified by hashes); an edit that keeps the file's
 * site-wide key is linted against the held index with every other file's
 * memoized messages standing; one that changes it is linted against a new
 * index, and the others are left to `check`. Anything else (settings, the
 * listing, another file changed, no memo) is a whole check.
 */
export async function checkFirst(input: FirstCheckInput, own: string): Promise<FirstCheck> {
  const {state, first, clock} = input;
  let held = first.held && stillHeld(state, first.held, first.changed) ? first.held : undefined;
  if (!held) {
    const prepared = await prepareCheck(state, clock);
    if ('stopped' in prepared) return whole(input, await input.check());
    held = holdFromMemo(state, prepared, factlessOf(first, state), first.changed);
    if (!held) {
      // Nothing to start from: the disk on every core, then this file's buffer.
      whole(input, await input.checkDisk());
      const again = await prepareCheck(state, clock);
      held = 'stopped' in again ? undefined : holdFromMemo(state, again, factlessOf(first, state), first.changed);
      if (!held) return whole(input, await input.check());
    }
    first.held = held;
  }
  for (const path of first.changed) {
    if (!held.hashes.has(path) || (state.sources.fileOf(path).hash ?? null) === held.hashes.get(path)) first.changed.delete(path);
  }
  if ([...first.changed].some((path) => path !== own)) return whole(input, await input.check());
  if (!held.hashes.has(own)) return {checked: {...held.site, index: held.index, sources: []}, others: othersOf(held)};
  const entry = state.memo.checks.entries.get(own);
  if (!first.changed.has(own)) {
    if (!entry) return whole(input, await input.check());
    // Made under another record or set of files, the memo's messages hold for a file whose view of the site is the same.
    if (held.vouched || hashText(siteViewOf(held.index, entry.facts, held.catalog)) === entry.view) {
      const file = new VFile({path: own, cwd: state.contentDir});
      restoreMessages(file, entry.messages);
      return answer(held, held.index, file, entry.facts, held.siteMessages.get(own) ?? [], othersOf(held));
    }
    first.changed.add(own);
  }
  return clock.time('check', () => checkChanged(input, held, own));
}

/** What an answer from what is held says of the other files. */
function othersOf(held: HeldSite): FirstCheck['others'] {
  return held.vouched ? 'unchanged' : 'changed';
}

/** `own` changed: parse it, and lint it against the held index (its key kept) or a new one. */
async function checkChanged(input: FirstCheckInput, held: HeldSite, own: string): Promise<FirstCheck> {
  const {state, first} = input;
  const {prepared} = held;
  const {file, hash} = state.sources.fileOf(own);
  const work = localWork(prepared.site, prepared.linter, state.drafts, undefined, state.parse);
  const loaded = hash !== undefined && state.sources.decode(file) ? await work.load([file]) : [];
  const facts = loaded[0]?.facts;
  if (!facts || hash === undefined || !held.keys.has(own)) {
    await work.close();
    return whole(input, await input.check());
  }
  if (siteWideKeyOf(facts) === held.keys.get(own)) {
    const index = withFacts(held.index, facts);
    const [linted] = await work.lint(index, false);
    await work.close();
    // Kept in the memo: the next whole check reuses it, as it would a file it checked itself (its view, not the memo's record, says whether it holds).
    state.memo.checks.entries.set(own, {hash, facts, view: hashText(siteViewOf(index, facts, held.catalog)), messages: linted?.messages ?? []});
    held.hashes.set(own, hash);
    held.index = index;
    first.changed.delete(own);
    return answer(held, index, file, facts, held.siteMessages.get(own) ?? [], othersOf(held));
  }
  // Other files may see the change: a new index, the whole-site passes over it, and `check` for the rest.
  const again = await prepareCheck(state, input.clock);
  if ('stopped' in again) {
    await work.close();
    return whole(input, await input.check());
  }
  const others = [...held.index.files.values()].filter((each) => each.path !== own);
  const index: SiteIndex = indexOf({site: again.site, listing: again.listing, recorded: again.records.recorded}, [...others, facts]);
  await work.lint(index, false);
  await work.close();
  const byPath = new Map(again.listing.sources.map((path) => [path, path === own ? file : new VFile({path, cwd: state.contentDir})]));
  const site = reportSiteWide(state, again, index, byPath);
  linkDocs([site.configFile, site.manifestFile, ...site.otherFiles, file]);
  // What is held no longer matches what other files see; the memo keeps the file's text on disk until a whole check.
  first.held = undefined;
  const source: CheckedSource = {file, facts};
  file.data.folioFacts = facts;
  return {checked: {...site, sources: [source]}, others: 'changed'};
}

function answer(held: HeldSite, index: SiteIndex, file: VFile, facts: FileFacts, siteMessages: VFile['messages'], others: FirstCheck['others']): FirstCheck {
  file.messages.push(...siteMessages);
  linkDocs([file]);
  file.data.folioFacts = facts;
  return {checked: {...held.site, index, sources: [{file, facts}]}, others};
}

function whole(input: FirstCheckInput, checked: CheckedSite): FirstCheck {
  noteFactless(input.first, input.state, checked);
  input.first.changed.clear();
  return {checked, others: 'included'};
}
