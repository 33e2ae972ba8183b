import type {Problem, SiteConfig} from '@folio/core';
import type {Root} from 'mdast';
import {unified} from 'unified';
import type {VFile} from 'vfile';
import {remarkPresetFolio} from './preset.js';
import type {ConfigurableRuleId, Severity} from './rule-ids.js';
import {readRuleSettings, severityOf} from './rule-settings.js';

export interface Linter {
  /** What is wrong with `rules:` in `site.yaml` (unknown ids, bad values). */
  problems: Problem[];
  /** The severity a rule reports at on this site. */
  severity(ruleId: ConfigurableRuleId): Severity;
  /** Whether a rule is on (for checks the build runs itself, such as `stable-permalinks`). */
  enabled(ruleId: ConfigurableRuleId): boolean;
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
  return {
    problems,
    severity: (ruleId) => severityOf(settings, ruleId),
    enabled: (ruleId) => severityOf(settings, ruleId) !== 'off',
    async run(tree, file) {
      await processor.run(tree, file);
    }
  };
}
