#!/usr/bin/env node
import {remarkSectionIds} from '@folio/core';
import {remarkFolioSite, remarkPresetFolio} from '@folio/lint';
import {remark} from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type {PluggableList} from 'unified';
import {createUnifiedLanguageServer} from 'unified-language-server';
import {ParseCache, remarkIncrementalParse} from './language-server/remark-incremental-parse.js';
import {remarkWorkspaceSite} from './language-server/remark-workspace-site.js';
import {WorkspaceSites} from './language-server/workspace-site.js';

// Caches for the server's life: the site index and each open document's last tree stay in memory between keystrokes.
const sites = new WorkspaceSites();
const parses = new ParseCache();

// unified types each plugin by the tree it takes (mdast); the engine's list is typed for any tree.
const plugins = [
  [remarkIncrementalParse, {cache: parses}],
  [remarkFrontmatter, ['yaml']],
  remarkGfm,
  remarkSectionIds,
  [remarkWorkspaceSite, {sites}],
  remarkFolioSite,
  remarkPresetFolio
] as unknown as PluggableList;

createUnifiedLanguageServer({
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
  configurationSection: 'folio',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  plugins
});
