import {checkSite, siteOutputs, type CheckedSite, type ParseCache, type SiteOutputs} from '@folio/site';

/** What the preview needs of an open site: the shape of `@folio/site`'s session. */
export interface PreviewSite {
  /** Read again what changed on disk (absolute paths, from the watcher). */
  refresh(changed: string[]): Promise<void>;
  /** Every file's messages, as `folio check` gives them. */
  check(): Promise<CheckedSite>;
  /** Every output file in memory; undefined when a check reports an error. */
  outputs(): Promise<SiteOutputs | undefined>;
  close(): Promise<void>;
}

export interface PreviewSiteOptions {
  contentDir: string;
  drafts: boolean;
  /** Folders inside the content directory that are not content (a build's output). */
  skip: string[];
}

/** Open a content directory for the preview; trees of unchanged files are parsed once. */
export function openPreviewSite(options: PreviewSiteOptions): PreviewSite {
  const cache: ParseCache = new Map();
  let checked: CheckedSite | undefined;
  const check = async () => {
    checked = await checkSite({contentDir: options.contentDir, drafts: options.drafts, cache, skip: options.skip});
    return checked;
  };
  return {
    // Every check reads the folder again; the cache keeps the trees of unchanged text.
    async refresh() {
      checked = undefined;
    },
    check,
    async outputs() {
      return siteOutputs(checked ?? (await check()), options.contentDir);
    },
    async close() {
      cache.clear();
    }
  };
}
