import type {Root} from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type {Processor} from 'unified';
import type {VFile} from 'vfile';
import {lintSource} from './create-rule.js';
import {unknownLintKeywords} from './lint-comment-keywords.js';
import {defaultSeverityOf, reportSiteMessage} from './site-message.js';

/**
 * `<!-- lint disable|enable|ignore rule-id -->` for the messages of one
 * `source`. The root's end is passed without its offset: from it,
 * unified-message-control takes the end of an empty last node (`[^1]:`
 * closing a file) for a gap and drops the messages on that node.
 */
function applyComments(source: string): (tree: Root, file: VFile) => undefined {
  const control = remarkMessageControl({name: 'lint', source});
  return (tree, file) => {
    // Nothing to filter and no comment to read (a marker is an HTML comment,
    // a slice of the text): skip the control's two walks of the tree.
    const comments = file.toString().includes('<!--');
    if (!file.messages.some((message) => message.source === source) && !comments) return;
    // A comment the control cannot read is reported once, by our own control, and hidden from both while they run.
    const unknown = comments ? unknownLintKeywords(tree) : [];
    if (source === lintSource) {
      for (const {node, reason} of unknown) reportSiteMessage(file, {ruleId: 'lint-comment', reason, ...(node.position ? {place: node.position} : {})}, defaultSeverityOf);
    }
    const values = unknown.map(({node}) => node.value);
    for (const {node} of unknown) node.value = '';
    try {
      const position = tree.position;
      const end = position && {line: position.end.line, column: position.end.column};
      control(position && end ? {...tree, position: {start: position.start, end}} : tree, file);
    } finally {
      unknown.forEach(({node}, index) => (node.value = values[index] ?? node.value));
    }
  };
}

/**
 * What the `remark-lint` plugin does, where a preset lists it first: the
 * same comments for messages of `source: 'remark-lint'`.
 */
export function remarkLintStockControl(this: Processor): undefined {
  this.use(() => applyComments('remark-lint'));
}

/**
 * Applies `<!-- lint disable|enable|ignore rule-id -->` comments to our
 * messages (severities are the rules' own, see `createRule`). It adds its
 * transform while the processor freezes, so it runs after every rule,
 * wherever this plugin is listed.
 */
export function remarkFolioLintControl(this: Processor): undefined {
  this.use(() => applyComments(lintSource));
}
