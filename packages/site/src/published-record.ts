import {readFile} from 'node:fs/promises';
import {isAbsolute, resolve} from 'node:path';
import {mergePermalinks, readPermalinks, type PermalinkManifest, type SiteConfig} from '@folio/core';

/** Where the deployed site's record is read from, and how long to wait for it. */
export interface PublishedOptions {
  /**
   * A URL, a file, or `none`; default: `published:` in site.yaml, else
   * `<baseUrl>/permalinks.json`. A file named here is relative to the
   * working directory; one named in site.yaml, to the content directory.
   */
  source?: string;
  /** Milliseconds to wait for a URL; default 5000. */
  timeoutMs?: number;
}

/** What reading the deployed record gave: the record, or a reason it stands aside. */
export interface PublishedRecord {
  /** The place read, as a writer would name it. */
  source?: string;
  manifest?: PermalinkManifest;
  /** Why the record could not be used; the committed one stands in. Missing for a silent 404. */
  warning?: string;
}

const defaultTimeoutMs = 5000;

/** The source to read: the option, else site.yaml's `published:`, else the site's own manifest. */
export function publishedSourceOf(options: PublishedOptions, site: SiteConfig, contentDir: string): string {
  if (options.source !== undefined) return options.source;
  const configured = site.published;
  if (configured === undefined) return `${site.baseUrl}/permalinks.json`;
  if (configured === 'none' || isUrl(configured) || isAbsolute(configured)) return configured;
  return resolve(contentDir, configured);
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function parse(source: string, text: string): PublishedRecord {
  const {recorded, problems} = readPermalinks(text);
  if (!recorded || problems.length > 0) {
    const reason = problems.map((problem) => problem.reason).join('; ');
    return {source, warning: `Unexpected record at \`${source}\` (${reason}), expected the \`permalinks.json\` a folio build publishes; the committed \`permalinks.json\` stands in`};
  }
  return {source, manifest: recorded.manifest};
}

function failure(source: string, why: string): PublishedRecord {
  return {source, warning: `Unexpected failure reading the deployed site’s record \`${source}\` (${why}), expected its \`permalinks.json\`; the committed \`permalinks.json\` stands in`};
}

async function fetchRecord(url: string, timeoutMs: number): Promise<PublishedRecord> {
  let response: Response;
  try {
    response = await fetch(url, {signal: AbortSignal.timeout(timeoutMs), headers: {accept: 'application/json'}});
  } catch (error) {
    const name = (error as Error).name;
    const why = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${timeoutMs} ms` : describe(error);
    return failure(url, why);
  }
  // A site folio never deployed has no record: nothing to keep yet.
  if (response.status === 404) {
    await response.body?.cancel();
    return {source: url};
  }
  if (!response.ok) {
    await response.body?.cancel();
    return failure(url, `HTTP ${response.status}`);
  }
  try {
    return parse(url, await response.text());
  } catch (error) {
    return failure(url, describe(error));
  }
}

function describe(error: unknown): string {
  const cause = (error as {cause?: {code?: string; message?: string}}).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Read the deployed site's `permalinks.json` once for this run. Never
 * throws: a 404 gives nothing, any other failure a warning.
 */
export async function readPublishedRecord(source: string, timeoutMs = defaultTimeoutMs): Promise<PublishedRecord> {
  if (source === 'none') return {};
  if (isUrl(source)) return fetchRecord(source, timeoutMs);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    return failure(source, (error as NodeJS.ErrnoException).code ?? describe(error));
  }
  return parse(source, text);
}

/**
 * What has been published: the deployed record and the committed one
 * together. The deployed feed ids win (readers hold those); retirements of
 * both apply.
 */
export function unionOfRecords(published: PermalinkManifest | undefined, committed: PermalinkManifest | undefined): PermalinkManifest | undefined {
  if (!published) return committed;
  if (!committed) return published;
  const union = mergePermalinks(published, committed);
  const retired = {...published.retired, ...committed.retired};
  return Object.keys(retired).length > 0 ? {...union, retired} : union;
}

/** A record without what is retired: what the deployed site lists as live. */
export function withoutRetired(manifest: PermalinkManifest): PermalinkManifest {
  const retired = manifest.retired ?? {};
  const urls: PermalinkManifest['urls'] = {};
  for (const [url, entry] of Object.entries(manifest.urls)) {
    if (url in retired) continue;
    const feedId = entry.feedId !== undefined && !(entry.feedId in retired) ? entry.feedId : undefined;
    urls[url] = {
      anchors: entry.anchors.filter((id) => !(`${url}#${id}` in retired)),
      ...(feedId === undefined ? {} : {feedId}),
      ...(entry.source === undefined ? {} : {source: entry.source})
    };
  }
  return {version: 1, urls};
}
