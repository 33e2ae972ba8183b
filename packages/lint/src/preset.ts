import type {PluggableList, Preset} from 'unified';
import {remarkFolioLintControl, remarkLintStockControl} from './lint-control.js';
import {rulePlugins} from './rule-plugins.js';
import {buildRuleIds, defaultSeverities, ruleIds} from './rule-ids.js';

const rules: PluggableList = [...ruleIds, ...buildRuleIds].map((id) => [rulePlugins[id], [defaultSeverities[id]]]);

/**
 * remark-lint (what its plugin adds: `remarkLintStockControl`) with every
 * rule at its default severity, or at the one the site's `rules:` give it
 * (see `createRule`), and `<!-- lint … -->` comments applied to the messages.
 * The tree must have been through the first phase (`folioFacts`/`folioSite`
 * on the file, set by the build or by `remarkFolioSite`).
 */
export const remarkPresetFolio: Preset = {plugins: [remarkLintStockControl, remarkFolioLintControl, ...rules]};
