export {absolutizeUrls} from './absolutize-urls.js';
export {toContentTree, type RenderOptions} from './to-content-tree.js';
