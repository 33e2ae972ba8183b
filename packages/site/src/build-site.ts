import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import * as v from 'valibot';
import type {VFile} from 'vfile';
import {writtenRecordSchema} from './cache/cache-schemas.js';
import {checkedFiles, checkSession, hasErrors, type CheckedSite} from './check-site.js';
import {mergePermalinks, serializePermalinks, type PermalinkManifest} from '@folio/core';
import {toManifest} from './permalink-manifest.js';
import {withoutRetired, type PublishedOptions} from './published-record.js';
import {assembleSite, type OutputFile} from './render-site.js';
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

function reportDuplicatePaths(checked: CheckedSite, outputs: OutputFile[]): void {
  const seen = new Map<string, OutputFile>();
  for (const output of outputs) {
    const first = seen.get(output.path);
    if (!first) {
      seen.set(output.path, output);
      continue;
    }
    const source = checked.sources.find((candidate) => output.origin.startsWith(candidate.file.path));
    const file = source?.file ?? checked.configFile;
    const message = file.message(
      `Unexpected second file for output \`${output.path}\` from ${output.origin}, expected one file per output path (${first.origin} writes it too)`,
      // `checkSite` reports every clash at its cause first; this is the last guard before writing.
      {place: {line: 1, column: 1}, ruleId: 'no-duplicate-output', source: 'folio'}
    );
    message.fatal = true;
  }
}

async function assetOutputs(contentDir: string, assets: string[]): Promise<OutputFile[]> {
  return Promise.all(
    assets.map(async (path) => ({path, contents: await readFile(join(contentDir, ...path.split('/'))), origin: path}))
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
  const outputs = [
    ...rendered.outputs,
    ...(await assetOutputs(contentDir, checked.assets)),
    // The deployed record lists what is live: what is retired is left out.
    {path: 'permalinks.json', contents: new TextEncoder().encode(serializePermalinks(withoutRetired(manifest))), origin: 'the permalink manifest'}
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
