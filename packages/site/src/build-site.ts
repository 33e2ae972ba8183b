import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {defaultSeverityOf, reportSiteMessage} from '@folio/lint';
import type {Position} from 'unist';
import * as v from 'valibot';
import type {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';
import {writtenRecordSchema} from './cache/cache-schemas.js';
import {duplicateOutputRule} from './check-outputs.js';
import {checkedFiles, checkSession, hasErrors, type CheckedSite} from './check-site.js';
import {mergePermalinks, serializePermalinks, type PermalinkManifest} from '@folio/core';
import {toManifest} from './permalink-manifest.js';
import {withoutRetired, type PublishedOptions} from './published-record.js';
import {assembleSite, describeOrigin, type OutputFile, type OutputOrigin} from './render-site.js';
import type {SessionState} from './session/open-site.js';
import type {StepClock, StepTimings} from './session/step-timings.js';
import {refuseUnsafeOutput} from './unsafe-output.js';
import {prepareAtomicWrite, removeLeftoverTemporaries, type PreparedWrite} from './write-atomically.js';
import {namingWrites} from './write-error.js';
import {tidyOutput, writeOutput, type WrittenRecord} from './write-output.js';

export interface BuildResult {
  /** True when the site was written. */
  written: boolean;
  /** Every file that may carry messages. */
  files: VFile[];
  /** Output paths written, sorted. */
  paths: string[];
  /** Milliseconds per step. */
  timings: StepTimings;
}

/** Where a message about an output goes: the front matter value of the source that makes it, else `site.yaml`'s start. */
function blameOf(checked: CheckedSite, origin: OutputOrigin): {file: VFile; place?: Position} {
  if (origin.kind === 'page' || origin.kind === 'alias') {
    const source = checked.sources.find((candidate) => candidate.file.path === origin.source);
    if (source) {
      const places = source.facts?.places;
      const place = origin.kind === 'alias' ? places?.aliases?.find((entry) => entry.alias === origin.alias)?.position : places?.url;
      return place ? {file: source.file, place} : {file: source.file};
    }
  }
  return {file: checked.configFile};
}

/** `checkSite` reports every clash at its cause first (`reportDuplicateOutputs`); this is the last guard before writing. */
function reportDuplicatePaths(checked: CheckedSite, outputs: OutputFile[]): void {
  const seen = new Map<string, OutputFile>();
  for (const output of outputs) {
    const first = seen.get(output.path);
    if (!first) {
      seen.set(output.path, output);
      continue;
    }
    const {file, place} = blameOf(checked, output.origin);
    const other = blameOf(checked, first.origin);
    const cause = new VFileMessage(`\`${first.path}\` written for ${describeOrigin(first.origin)}`, {ruleId: duplicateOutputRule, source: 'folio', ...(other.place ? {place: other.place} : {})});
    cause.file = other.file.path;
    const reason = `Unexpected second file for output \`${output.path}\` from ${describeOrigin(output.origin)}, expected one file per output path (${describeOrigin(first.origin)} writes it too)`;
    reportSiteMessage(file, {ruleId: duplicateOutputRule, reason, place, cause}, defaultSeverityOf);
  }
}

async function assetOutputs(contentDir: string, assets: string[]): Promise<OutputFile[]> {
  return Promise.all(
    assets.map(async (path): Promise<OutputFile> => ({path, contents: await readFile(join(contentDir, ...path.split('/'))), origin: {kind: 'asset', path}}))
  );
}

/**
 * Add what has been published (the deployed record, and this build) to the
 * content directory's record, which only grows and keeps its retirements:
 * written beside it, flushed, and renamed over it only once the site is in
 * place. Nothing when nothing is new, so a build of unchanged content
 * leaves the working tree clean.
 */
function prepareRecord(contentDir: string, checked: CheckedSite, everything: PermalinkManifest): PreparedWrite | undefined {
  const before = checked.committed;
  const merged = serializePermalinks(mergePermalinks(before, everything));
  if (before && serializePermalinks(before) === merged) return undefined;
  const path = join(contentDir, 'permalinks.json');
  return namingWrites('the record of what was published', path, () => prepareAtomicWrite(path, merged, {durable: true}));
}

/** The files of a site, and the record of what they publish. */
export interface SiteOutputs {
  /** Every file, sorted by path. */
  outputs: OutputFile[];
  /** Everything ever published, with its retirements (the deployed file leaves those out). */
  manifest: PermalinkManifest;
}

/**
 * Everything the site consists of, or undefined when a check (or a clash of
 * output paths) reports an error.
 */
export async function siteOutputs(checked: CheckedSite, contentDir: string): Promise<SiteOutputs | undefined> {
  const files = checkedFiles(checked);
  if (hasErrors(files) || !checked.site || !checked.index || !checked.rendered) return undefined;
  const rendered = assembleSite(checked.site, checked.index, checked.rendered);
  // Everything ever published (deployed ∪ committed ∪ this build), with its retirements.
  const manifest = mergePermalinks(checked.index.recorded?.manifest, toManifest(rendered.published));
  const outputs: OutputFile[] = [
    ...rendered.outputs,
    ...(await assetOutputs(contentDir, checked.assets)),
    // The deployed record lists what is live: what is retired is left out.
    {path: 'permalinks.json', contents: new TextEncoder().encode(serializePermalinks(withoutRetired(manifest))), origin: {kind: 'site', what: 'the permalink manifest'}}
  ];
  reportDuplicatePaths(checked, outputs);
  if (hasErrors(files)) return undefined;
  return {outputs: outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), manifest};
}

/**
 * The build's last steps over a session: check and render, assemble, write
 * the output, then record what was published. Nothing is written when a
 * check reports an error.
 */
export async function buildFromCheck(state: SessionState, outDir: string, clock: StepClock): Promise<BuildResult> {
  const {contentDir} = state;
  refuseUnsafeOutput(outDir, contentDir);
  const recordPath = join(contentDir, 'permalinks.json');
  namingWrites('the record of what was published', recordPath, () => removeLeftoverTemporaries(recordPath));
  tidyOutput(outDir);
  const checked = await checkSession(state, clock, true);
  const files = checkedFiles(checked);
  const site = await clock.time('assemble', () => siteOutputs(checked, contentDir));
  if (!site) return {written: false, files, paths: [], timings: clock.timings};
  const record = prepareRecord(contentDir, checked, site.manifest);
  let written: WrittenRecord;
  try {
    const stored = v.safeParse(writtenRecordSchema, await state.memo.read('written'));
    const before = stored.success ? (stored.output as WrittenRecord) : undefined;
    written = await clock.time('write', () => writeOutput(outDir, site.outputs, before));
  } catch (error) {
    record?.discard();
    throw error;
  }
  await clock.time('record', async () => {
    namingWrites('the record of what was published', recordPath, () => record?.commit(), true);
    await state.memo.write('written', written);
  });
  return {written: true, files, paths: site.outputs.map((output) => output.path), timings: clock.timings};
}
