import {accessSync, constants, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';

type Env = Record<string, string | undefined>;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function firstExecutable(candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => isExecutable(candidate));
}

function onPath(name: string, env: Env): string[] {
  return (env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== '').map((dir) => join(dir, name));
}

/** Chromium: `CHROMIUM_PATH` when set (and only it), else Debian's and Google's usual paths. */
export function chromiumPath(env: Env = process.env): string | undefined {
  const configured = env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') return firstExecutable([configured]);
  return firstExecutable(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
}

/** Java: `$JAVA_HOME/bin/java` when set, else `java` on the PATH, else /usr/bin/java. */
export function javaPath(env: Env = process.env): string | undefined {
  const home = env['JAVA_HOME'];
  const fromHome = home !== undefined && home !== '' ? [join(home, 'bin', 'java')] : [];
  return firstExecutable([...fromHome, ...onPath('java', env), '/usr/bin/java']);
}

/** Whether tests that need a system tool run, and what to say when it is missing. */
export interface ToolGate {
  /** The executable, when found. */
  path: string | undefined;
  /** Skip the tests: the tool is missing and this is not CI. */
  skip: boolean;
  /** What is missing and how to install it; empty when found. */
  reason: string;
}

/**
 * A missing tool skips its tests on a writer's machine (saying what to
 * install) but fails them under `CI=true`, where a skip would hide a gap.
 */
export function toolGate(name: string, path: string | undefined, install: string, env: Env = process.env): ToolGate {
  if (path !== undefined) return {path, skip: false, reason: ''};
  const reason = `${name} not found; install it with \`${install}\``;
  return {path, skip: env['CI'] !== 'true', reason};
}

/**
 * Title suffix for a gated `describe`; when skipping, also says why on stderr,
 * since the default reporter shows only a count of skipped tests.
 */
export function gateNote(gate: ToolGate): string {
  if (!gate.skip) return '';
  console.warn(`Skipping: ${gate.reason}`);
  return ` (skipped: ${gate.reason})`;
}

/** The tool's path; throws (failing the test) when missing, which only happens under CI. */
export function requireTool(gate: ToolGate): string {
  if (gate.path === undefined) throw new Error(`${gate.reason} (CI=true: a missing tool fails instead of skipping)`);
  return gate.path;
}

/** The flags every browser test starts Chromium with: headless, and nothing that reaches the network. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function chromiumGate(env: Env = process.env): ToolGate {
  const configured = env['CHROMIUM_PATH'];
  const name = configured ? `Chromium at CHROMIUM_PATH=${configured}` : 'Chromium (or set CHROMIUM_PATH)';
  return toolGate(name, chromiumPath(env), 'apt-get install -y chromium', env);
}

export function javaGate(env: Env = process.env): ToolGate {
  return toolGate('Java (for the Nu HTML Checker)', javaPath(env), 'apt-get install -y default-jre-headless', env);
}

/** An executable on the PATH, else in /usr/bin. */
export function findExecutable(name: string, env: Env = process.env): string | undefined {
  return firstExecutable([...onPath(name, env), join('/usr/bin', name)]);
}

export function hugoGate(env: Env = process.env): ToolGate {
  return toolGate('Hugo (for the heading id tests)', findExecutable('hugo', env), 'apt-get install -y hugo', env);
}

export function jekyllGate(env: Env = process.env): ToolGate {
  return toolGate('Jekyll with kramdown’s GFM parser (for the heading id tests)', findExecutable('jekyll', env), 'apt-get install -y jekyll ruby-kramdown-parser-gfm', env);
}

/** strace: `STRACE_PATH` when set (and only it), else on the PATH or in /usr/bin. */
export function stracePath(env: Env = process.env): string | undefined {
  const configured = env['STRACE_PATH'];
  if (configured !== undefined && configured !== '') return firstExecutable([configured]);
  return firstExecutable([...onPath('strace', env), '/usr/bin/strace']);
}

export function straceGate(env: Env = process.env): ToolGate {
  return toolGate('strace (to inject faults into builds)', stracePath(env), 'apt-get install -y strace', env);
}
