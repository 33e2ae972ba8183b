// The language servers' latency: open the largest post, then time each
// didChange until the server publishes diagnostics for it again; a burst of
// quick keystrokes; memory over many edits. Two servers: folio's own, and
// the `.remarkrc.mjs` path as VS Code's remark extension runs it.

import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {readFile} from 'node:fs/promises';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {benchEnvironment, percentile, summarize} from './measure.js';
import {editText} from './workspace.js';

const timeoutMs = 180_000;

/** A minimal LSP client over a child's stdio: Content-Length framed JSON-RPC. */
function connect(child) {
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      buffer = buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      } else if (message.id !== undefined) {
        // A request from the server (configuration, capabilities): answer emptily.
        send({jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => ({})) : null});
      } else {
        for (const listener of listeners) listener(message);
      }
    }
  });
  function send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  }
  return {
    request(method, params) {
      const id = nextId++;
      return withTimeout(new Promise((resolve) => {
        pending.set(id, resolve);
        send({jsonrpc: '2.0', id, method, params});
      }), `${method} response`);
    },
    notify(method, params) {
      send({jsonrpc: '2.0', method, params});
    },
    /** The next notification `method` for which `match(params)` holds. */
    next(method, match) {
      return withTimeout(new Promise((resolve) => {
        const listener = (message) => {
          if (message.method === method && match(message.params)) {
            listeners.delete(listener);
            resolve(message.params);
          }
        };
        listeners.add(listener);
      }), method);
    }
  };
}

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No ${what} within ${timeoutMs / 1000} s`)), timeoutMs);
    })
  ]).finally(() => clearTimeout(timer));
}

/** Resident memory of a process, in KiB (Linux), or undefined where it cannot be read. */
async function rssKiB(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
  } catch {
    return undefined;
  }
}

/** CPU time a process has used so far (user + system), in ms (Linux), or undefined. */
async function cpuMs(pid) {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Spawn `server` (a Node script, with `--stdio`) in `cwd`, open `file` of the
 * content folder `content`, and time `edits` didChange → publishDiagnostics
 * round trips after `warmups` untimed ones; then a burst of `burst`
 * keystrokes sent at once (when the first and the last report arrive, and
 * how many reports there were), then `memoryEdits` more edits with the
 * server's resident memory before and after.
 */
export async function measureLanguageServer({server, cwd, content, file, edits = 50, warmups = 5, burst = 8, memoryEdits = 5000}) {
  const child = spawn(process.execPath, [server, '--stdio'], {cwd, env: benchEnvironment(), stdio: ['pipe', 'pipe', 'pipe']});
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const client = connect(child);
  const rootUri = pathToFileURL(content).href;
  const uri = pathToFileURL(file).href;
  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{uri: rootUri, name: 'corpus'}],
      capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}, synchronization: {dynamicRegistration: false}}, workspace: {workspaceFolders: true, configuration: true}}
    });
    client.notify('initialized', {});
    const sync = init.result?.capabilities?.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    const original = await readFile(file, 'utf8');
    let text = original;
    const opened = performance.now();
    const first = client.next('textDocument/publishDiagnostics', (params) => params.uri === uri);
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}});
    const firstDiagnostics = await first;
    const openMs = performance.now() - opened;
    let version = 1;
    // One keystroke's change: incremental servers get the whole old text replaced; full-sync servers the new text.
    const change = (round) => {
      const lines = text.split('\n');
      text = editText(original, round);
      version++;
      const replace = kind === 2 ? {range: {start: {line: 0, character: 0}, end: {line: lines.length - 1, character: lines.at(-1).length}}, text} : {text};
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [replace]});
      return version;
    };
    const publishedFor = (wanted) => client.next('textDocument/publishDiagnostics', (params) => params.uri === uri && (params.version === undefined || params.version === wanted));
    const times = [];
    let round = 0;
    let cpuBefore;
    for (; round < warmups + edits; round++) {
      if (round === warmups) cpuBefore = await cpuMs(child.pid);
      // A late report for an older version does not count.
      const published = publishedFor(version + 1);
      const start = performance.now();
      change(round);
      await published;
      if (round >= warmups) times.push(performance.now() - start);
    }
    const cpuAfter = await cpuMs(child.pid);
    // The server's own CPU time per keystroke: what other load on the machine moves least.
    const cpuPerEditMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / edits;

    // A burst: keystrokes faster than any check; every report but the last one is stale.
    const reports = [];
    const listening = (params) => {
      if (params.uri === uri) reports.push({at: performance.now(), version: params.version});
      return false;
    };
    const counting = client.next('textDocument/publishDiagnostics', listening).catch(() => {});
    const lastVersion = version + burst;
    const last = publishedFor(lastVersion);
    const burstStart = performance.now();
    for (let key = 0; key < burst; key++) change(round++);
    await last;
    const burstResult = {
      keystrokes: burst,
      firstMs: (reports[0]?.at ?? performance.now()) - burstStart,
      lastMs: (reports.find((report) => report.version === lastVersion || report.version === undefined)?.at ?? performance.now()) - burstStart,
      reports: reports.length,
      staleReports: reports.filter((report) => report.version !== undefined && report.version !== lastVersion).length
    };
    void counting;

    // Memory: settled after the timed edits, then after many more.
    const memoryBefore = await rssKiB(child.pid);
    for (let edit = 0; edit < memoryEdits; edit++) {
      const published = publishedFor(version + 1);
      change(round++);
      await published;
    }
    const memoryAfter = await rssKiB(child.pid);
    await client.request('shutdown', null).catch(() => {});
    client.notify('exit', null);
    return {
      times,
      ...summarize(times),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      openMs,
      diagnosticsOnOpen: firstDiagnostics.diagnostics?.length ?? 0,
      cpuPerEditMs,
      burst: burstResult,
      memory: {edits: memoryEdits, beforeKiB: memoryBefore, afterKiB: memoryAfter},
      edits,
      warmups,
      sync: kind === 2 ? 'incremental' : 'full'
    };
  } catch (error) {
    throw new Error(`${error.message}\n${Buffer.concat(stderr).toString('utf8').slice(0, 2000)}`);
  } finally {
    if (child.exitCode === null) {
      await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      if (child.exitCode === null) child.kill();
    }
  }
}
