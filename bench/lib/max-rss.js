// Fallback when GNU time is missing: run a Node script in this process and
// write its peak resident set size (KiB) to a file when it exits.
// Usage: node max-rss.js REPORT SCRIPT [ARGS…]

import {writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const [report, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  writeFileSync(report, `${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(resolve(script)).href);
