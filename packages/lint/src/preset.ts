import remarkLint from 'remark-lint';
import type {PluggableList, Preset} from 'unified';
import {remarkFolioLintControl} from './lint-control.js';
import {rulePlugins} from './rule-plugins.js';
import {defaultSeverities, ruleIds} from './rule-ids.js';

const rules: PluggableList = ruleIds.map((id) => [rulePlugins[id], [defaultSeverities[id]]]);

/**
 * remark-lint with every rule at its default severity, plus the site's
 * `rules:` settings and `<!-- lint … -->` comments applied to the messages.
 * The tree must have been through the first phase (`folioFacts`/`folioSite`
 * on the file, set by the build or by `remarkFolioSite`).
 */
export const remarkPresetFolio: Preset = {plugins: [remarkLint, remarkFolioLintControl, ...rules]};
