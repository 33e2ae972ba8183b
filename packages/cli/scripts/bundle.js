// Bundle the CLI and its site worker into a few files. Node's ES module
// loader spends ~0.35 s resolving and compiling the ~400 small modules of
// the unified ecosystem; a bundle loads in a fraction of that, which is most
// of a re-check that finds little to redo. `tsc -b` still emits every
// package for library use and the tests; this runs after it.

import {cp, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {build} from 'rolldown';

const dist = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const worker = fileURLToPath(new URL('../../site/dist/parallel/site-worker.js', import.meta.url));
const out = dist('dist/bundle');
const themeAssets = fileURLToPath(new URL('../../theme/assets', import.meta.url));
// The highlighter's regex engine, which starry-night reads as a file.
const oniguruma = fileURLToPath(new URL('onig.wasm', import.meta.resolve('vscode-oniguruma')));

await rm(out, {recursive: true, force: true});
await build({
  // The worker keeps its name: the pool starts `./site-worker.js` beside the code that asks for it.
  // The language server is bundled with the CLI: it starts as fast, and shares the CLI's cache (same toolchain key).
  input: {folio: dist('dist/bin.js'), 'site-worker': worker, 'language-server': dist('dist/language-server.js')},
  platform: 'node',
  // jsonc-parser's `main` is a UMD file whose requires a bundler cannot follow; its ES modules can be.
  resolve: {alias: {'jsonc-parser': createRequire(import.meta.url).resolve('jsonc-parser/lib/esm/main.js')}},
  logLevel: 'warn',
  output: {dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js'}
});
// The theme's stylesheet and icon are files it reads at build time; they
// sit beside the bundle, where the theme looks for them (`theme/`).
await cp(themeAssets, `${out}/theme`, {recursive: true});
await cp(oniguruma, `${out}/onig.wasm`);
