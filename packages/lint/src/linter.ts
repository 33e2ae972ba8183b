import type {Problem, SiteConfig} from '@folio/core';
import type {Root} from 'mdast';
import {unified} from 'unified';
import type {VFile} from 'vfile';
import {remarkPresetFolio} from './preset.js';
import {isConfigurableRuleId, type Severity} from './rule-ids.js';
import {readRuleSettings, severityOf} from './rule-settings.js';
import {defaultSeverityOf} from './site-message.js';

export interface Linter {
  /** What is wrong with `rules:` in `site.yaml` (unknown ids, bad values). */
  problems: Problem[];
  /**
   * The severity an id reports at on this site: a rule's (or `content-file`'s)
   * from `rules:`, else its default; the fixed one of a site id that no
   * setting changes (`site-config`, `parse`, `encoding`, …). Give it to
   * `reportSiteMessage`.
   */
  severity(ruleId: string): Severity;
  /** Whether an id reports at all on this site. */
  enabled(ruleId: string): boolean;
  /**
   * Second phase: run every rule over a tree that was already parsed once,
   * with `file.data.folioFacts` and `file.data.folioSite` set. Messages land on `file`.
   */
  run(tree: Root, file: VFile): Promise<void>;
}

/** One processor for the whole site: the preset, with `site.rules` applied through the file's site. */
export function createLinter(site: SiteConfig): Linter {
  const {settings, problems} = readRuleSettings(site.rules);
  const processor = unified().use(remarkPresetFolio).freeze();
  const severity = (ruleId: string): Severity => (isConfigurableRuleId(ruleId) ? severityOf(settings, ruleId) : defaultSeverityOf(ruleId));
  return {
    problems,
    severity,
    enabled: (ruleId) => severity(ruleId) !== 'off',
    async run(tree, file) {
      await processor.run(tree, file);
    }
  };
}
