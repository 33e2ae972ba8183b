export {buildSite, siteOutputs, type BuildOptions, type BuildResult, type SiteOutputs} from './build-site.js';
export {checkedFiles, checkSite, hasErrors, type CheckedSite, type CheckedSource, type CheckOptions, type ParseCache} from './check-site.js';
export {readSource} from './load-sources.js';
export {toManifest} from './permalink-manifest.js';
export {assembleSite, renderSite, renderSource, type OutputFile, type PublishedPage, type RenderedSite, type RenderedSource} from './render-site.js';
export {writeOutput} from './write-output.js';
export {defaultCacheRoot} from './cache/cache-root.js';
export {readPublishedRecord, type PublishedOptions, type PublishedRecord} from './published-record.js';
export {publicationChanges, type PublicationChange, type PublicationChanges} from './publication-changes.js';
