import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {defaultSeverityOf, reportSiteMessage} from '@folio/lint';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';
import {duplicateOutputRule} from './check-outputs.js';
import {checkedFiles, checkSite, hasErrors, type CheckedSite} from './check-site.js';
import {mergePermalinks, serializePermalinks, type PermalinkManifest} from '@folio/core';
import {toManifest} from './permalink-manifest.js';
import {withoutRetired, type PublishedOptions} from './published-record.js';
import {assembleSite, describeOrigin, renderSite, type OutputFile, type OutputOrigin} from './render-site.js';
import {createCodeHighlighter, hasCodeToHighlight} from '@folio/html';
import {refuseUnsafeOutput} from './unsafe-output.js';
import {prepareAtomicWrite, removeLeftoverTemporaries, type PreparedWrite} from './write-atomically.js';
import {namingWrites} from './write-error.js';
import {tidyOutput, writeOutput, type WrittenRecord} from './write-output.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  drafts?: boolean;
  /** Worker threads for the per-file work (see `CheckOptions.workers`). */
  workers?: number;
  /** Read the deployed site's record too (see `CheckOptions.published`). */
  published?: PublishedOptions;
  /** See `CheckOptions.cacheRoot`. */
  cacheRoot?: string;
}

export interface BuildResult {
  /** True when the site was written. */
  written: boolean;
  /** Every file that may carry messages. */
  files: VFile[];
  /** Output paths written, sorted. */
  paths: string[];
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
  if (hasErrors(files) || !checked.site || !checked.index) return undefined;
  const rendered = checked.rendered
    ? assembleSite(checked.site, checked.index, checked.rendered)
    : renderSite(checked.site, checked.index, checked.sources, checked.sources.some(({tree}) => tree && hasCodeToHighlight(tree)) ? await createCodeHighlighter() : undefined);
  // Everything ever published (deployed ∪ committed ∪ this build), with its retirements.
  const manifest = mergePermalinks(checked.index.recorded?.manifest, toManifest(rendered.published));
  const outputs: OutputFile[] = [
    ...rendered.outputs,
    ...(await assetOutputs(contentDir, checked.assets)),
    // The deployed record lists what is live: what is retired is left out.
    {path: 'permalinks.json', contents: serializePermalinks(withoutRetired(manifest)), origin: {kind: 'site', what: 'the permalink manifest'}}
  ];
  reportDuplicatePaths(checked, outputs);
  if (hasErrors(files)) return undefined;
  return {outputs: outputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), manifest};
}

/**
 * Check, then render and write the site: load → collect → check → render →
 * feed → write → record. Nothing is written when a check reports an error.
 * Throws an UnsafeOutputError for an output folder that would destroy
 * something (see `refuseUnsafeOutput`), and a WriteError when the system
 * refuses a write; either way the previous output and record stay as they were.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  refuseUnsafeOutput(options.outDir, options.contentDir);
  const recordPath = join(options.contentDir, 'permalinks.json');
  namingWrites('the record of what was published', recordPath, () => removeLeftoverTemporaries(recordPath));
  tidyOutput(options.outDir);
  const checked = await checkSite({...options, skip: [options.outDir], render: true});
  const files = checkedFiles(checked);
  const site = await siteOutputs(checked, options.contentDir);
  if (!site) return {written: false, files, paths: []};
  const record = prepareRecord(options.contentDir, checked, site.manifest);
  let written: WrittenRecord;
  try {
    written = writeOutput(options.outDir, site.outputs, await checked.cache?.read<WrittenRecord>('written'));
  } catch (error) {
    record?.discard();
    throw error;
  }
  namingWrites('the record of what was published', recordPath, () => record?.commit(), true);
  await checked.cache?.write('written', written);
  return {written: true, files, paths: site.outputs.map((output) => output.path)};
}
