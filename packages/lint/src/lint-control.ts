import type {Root} from 'mdast';
import remarkMessageControl from 'remark-message-control';
import type {Processor} from 'unified';
import type {VFile} from 'vfile';
import {lintSource} from './create-rule.js';
import {isConfigurableRuleId} from './rule-ids.js';
import {siteSettingsOf} from './site-of.js';

/** Severities from `rules:` in the file's `site.yaml`: drop what is off, mark errors and warnings. */
function applySiteSeverities(_: Root, file: VFile): undefined {
  const settings = siteSettingsOf(file);
  if (!settings || settings.size === 0) return;
  file.messages = file.messages.filter((message) => {
    if (message.source !== lintSource || !message.ruleId || !isConfigurableRuleId(message.ruleId)) return true;
    const severity = settings.get(message.ruleId)?.severity;
    if (severity === undefined) return true;
    message.fatal = severity === 'error';
    return severity !== 'off';
  });
}

/**
 * `<!-- lint disable|enable|ignore rule-id -->` for our messages. The root's
 * end is passed without its offset: from it, unified-message-control takes
 * the end of an empty last node (`[^1]:` closing a file) for a gap and drops
 * the messages on that node.
 */
function applyComments(): (tree: Root, file: VFile) => undefined {
  const control = remarkMessageControl({name: 'lint', source: lintSource});
  return (tree, file) => {
    const position = tree.position;
    const end = position && {line: position.end.line, column: position.end.column};
    control(position && end ? {...tree, position: {start: position.start, end}} : tree, file);
  };
}

/**
 * Applies the site's rule severities and `<!-- lint disable|enable|ignore
 * rule-id -->` comments to our messages. It adds its transforms while the
 * processor freezes, so they run after every rule, wherever this plugin is listed.
 */
export function remarkFolioLintControl(this: Processor): undefined {
  this.use(() => applySiteSeverities);
  this.use(applyComments);
}
