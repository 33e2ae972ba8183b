export {absolutizeUrls} from './absolutize-urls.js';
export {toContentTree, type RenderOptions} from './to-content-tree.js';
export {withoutPermalinks} from './without-permalinks.js';
export {createCodeHighlighter, hasCodeToHighlight, type CodeHighlighter} from './code-highlighter.js';
