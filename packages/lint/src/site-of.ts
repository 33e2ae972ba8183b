import type {FileFacts, SiteIndex} from '@folio/core';
import type {VFile} from 'vfile';
import {assertRuleOptions} from './rule-options.js';
import type {RuleId} from './rule-ids.js';
import {readRuleSettings, type RuleSettings} from './rule-settings.js';

export interface FileInSite {
  /** What this file contributes (first phase). */
  facts: FileFacts;
  /** The whole site. */
  index: SiteIndex;
}

/** The first phase's results for a file; undefined when it has not run (rules then skip). */
export function siteOf(file: VFile): FileInSite | undefined {
  const facts = file.data.folioFacts;
  const index = file.data.folioSite;
  return facts && index ? {facts, index} : undefined;
}

/** The valid settings under `rules:` in the file's `site.yaml`. */
export function siteSettingsOf(file: VFile): RuleSettings['settings'] | undefined {
  const rules = file.data.folioSite?.site.rules;
  return rules ? readRuleSettings(rules).settings : undefined;
}

/** A rule's options: those given to the plugin, overridden by `site.yaml`. */
export function ruleOptions(file: VFile, ruleId: RuleId, given: unknown): Record<string, unknown> {
  return {...assertRuleOptions(ruleId, given), ...siteSettingsOf(file)?.get(ruleId)?.options};
}
