import {refuseUnsafeOutput} from '@folio/site';
import type {CommandOutput} from './commands.js';
import {startDevServer} from './dev/dev-server.js';
import type {CliOptions} from './options.js';
import {formatReport} from './report.js';

/** `dev`: serve the site, rebuild on change, until stopped. */
export async function runDev(options: CliOptions): Promise<CommandOutput> {
  // The preview serves from memory and writes nothing; an `--out` that a build would refuse is refused here too.
  if (options.outGiven) refuseUnsafeOutput(options.outDir, options.contentDir);
  const color = process.stderr.isTTY === true;
  const server = await startDevServer({
    contentDir: options.contentDir,
    port: options.port,
    drafts: options.drafts,
    onRebuild({snapshot, changed}) {
      const report = formatReport(snapshot.checked, 'pretty', options.contentDir, color);
      const status = snapshot.built ? `rebuilt, ${changed.length} file(s) changed` : 'not rebuilt: fix the errors above (still serving the last good build)';
      process.stderr.write(`${report}folio dev: ${status}\n`);
    },
    onError(error) {
      process.stderr.write(`folio dev: internal error while rebuilding: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  process.stderr.write(`folio dev: serving ${options.contentDir} at ${server.url} (Ctrl-C to stop)\n`);
  await server.rebuild();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return {stdout: '', stderr: '', exitCode: 0};
}
