import {isAbsolute, relative, resolve, sep} from 'node:path';
import {formatTimings, hasErrors, refuseUnsafeOutput} from '@folio/site';
import type {CommandOutput} from './commands.js';
import {startDevServer} from './dev/dev-server.js';
import type {CliOptions} from './options.js';
import {formatReport} from './report.js';

export interface DevEnvironment {
  /** Where the running preview writes what it has to say; default: standard error. */
  log?: ((text: string) => void) | undefined;
  /** Stops the preview, as Ctrl-C does. */
  stop?: AbortSignal | undefined;
}

/** A build's output inside the content folder is not content: changes to it rebuild nothing. */
function outputInside(contentDir: string, outDir: string): string[] {
  const below = relative(resolve(contentDir), resolve(outDir));
  return below === '' || below === '..' || below.startsWith(`..${sep}`) || isAbsolute(below) ? [] : [resolve(outDir)];
}

/** `dev`: serve the site, rebuild on change, until stopped. */
export async function runDev(options: CliOptions, environment: DevEnvironment = {}): Promise<CommandOutput> {
  // The preview serves from memory and writes nothing; an `--out` that a build would refuse is refused here too.
  if (options.outGiven) refuseUnsafeOutput(options.outDir, options.contentDir);
  const log = environment.log ?? ((text: string) => process.stderr.write(text));
  const color = environment.log === undefined && process.stderr.isTTY === true;
  const starting = startDevServer({
    contentDir: options.contentDir,
    port: options.port,
    drafts: options.drafts,
    skip: outputInside(options.contentDir, options.outDir),
    onRebuild({snapshot, changed, causes, timings}) {
      const report = formatReport(snapshot.checked, 'pretty', options.contentDir, color);
      const what = causes.length === 0 ? 'built' : `rebuilt, ${changed.length} output(s) changed`;
      // The check finds what the build would refuse; a clash only the assembled outputs show has no message of its own here.
      const why = hasErrors(snapshot.checked) ? 'fix the errors above' : 'two outputs clash, run `folio build` to see where';
      const status = snapshot.built ? what : `not rebuilt: ${why} (still serving the last good build)`;
      log(`${report}folio dev: ${status}\n${options.timings === true ? formatTimings(timings) : ''}`);
    },
    onError(error) {
      log(`folio dev: internal error while rebuilding: ${error instanceof Error ? error.message : String(error)}\n`);
    },
    onWatchError(error) {
      log(`folio dev: cannot watch the site (${error instanceof Error ? error.message : String(error)}): changes may not show until the preview is restarted\n`);
    }
  });
  let server: Awaited<typeof starting>;
  try {
    server = await starting;
  } catch (error) {
    // Another program (or another preview) on the port: a sentence, not an internal error.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return {stdout: '', stderr: `folio dev: port ${options.port} is in use; pass \`--port\` with another, or \`--port 0\` for any free one\n`, exitCode: 1};
  }
  log(`folio dev: serving ${options.contentDir} at ${server.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      environment.stop?.removeEventListener('abort', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (environment.stop?.aborted) stop();
    else environment.stop?.addEventListener('abort', stop);
  });
  await server.close();
  return {stdout: '', stderr: '', exitCode: 0};
}
