// The language server that the VS Code remark extension runs
// (remark-language-server, which is not on npm on its own): unified-language-server
// with remark, reading `.remarkrc.mjs` from the workspace. The bench times
// the `.remarkrc.mjs` path through it.

import {remark} from 'remark';
import {createUnifiedLanguageServer} from 'unified-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  defaultProcessor: remark,
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc'
});
