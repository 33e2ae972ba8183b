import {main} from '@folio/cli';

/** A bound on every wait: generous, for a loaded machine; a wait that reaches it fails with what it waited for. */
const patienceMs = 45_000;

export interface PreviewEvent {
  event: string;
  data: unknown;
}

/** `folio dev` running in this process, with every event it sent and everything it printed. */
export interface RunningPreview {
  url: string;
  /** What the preview printed so far. */
  log(): string;
  /** Every server-sent event so far, in order, from a page connected since the start. */
  events: PreviewEvent[];
  /** Fetch a path below the preview's URL and read it as text. */
  text(path: string): Promise<{status: number; body: string}>;
  /** Wait until `condition` holds; checks again as events and output arrive, and now and then. */
  until(what: string, condition: () => boolean | Promise<boolean>): Promise<void>;
  /** The `reload` events after the first `from`, as lists of output paths. */
  reloads(from?: number): string[][];
  stop(): Promise<void>;
}

/** Read server-sent events from `url` into `events` until `signal` aborts. */
async function follow(url: string, events: PreviewEvent[], notify: () => void, signal: AbortSignal): Promise<void> {
  const response = await fetch(new URL('__folio/events', url), {signal});
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no event stream');
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += value;
    const frames = buffer.split('\n\n');
    buffer = frames.pop() ?? '';
    for (const frame of frames) {
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (event !== undefined && data !== undefined) events.push({event, data: JSON.parse(data) as unknown});
    }
    notify();
  }
}

/** Start `folio dev` on a free port of 127.0.0.1 through the CLI's `main`, and connect to its events. */
export async function startPreview(contentDir: string, extra: string[] = []): Promise<RunningPreview> {
  const stop = new AbortController();
  const listening = new AbortController();
  let output = '';
  const wakers = new Set<() => void>();
  const notify = () => {
    for (const wake of wakers) wake();
  };
  const run = main(['dev', '--content', contentDir, '--port', '0', ...extra], {
    stop: stop.signal,
    log(text) {
      output += text;
      notify();
    }
  });
  let exited: string | undefined;
  void run.then((result) => {
    exited = `dev exited with ${result.exitCode}: ${result.stderr}${output}`;
    notify();
  });

  async function until(what: string, condition: () => boolean | Promise<boolean>): Promise<void> {
    const deadline = Date.now() + patienceMs;
    for (;;) {
      if (await condition()) return;
      if (exited !== undefined) throw new Error(`${exited}\nwhile waiting for ${what}`);
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; the preview printed:\n${output}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          wakers.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, 100);
        wakers.add(wake);
      });
    }
  }

  let url = '';
  await until('the preview to listen', () => {
    const match = /at (http:\/\/localhost:\d+\/\S*)/.exec(output);
    if (match?.[1]) url = match[1];
    return url !== '';
  });
  const events: PreviewEvent[] = [];
  const following = follow(url, events, notify, listening.signal).catch((error: unknown) => {
    if (!listening.signal.aborted) throw error;
  });
  await until('the first event', () => events.length > 0);

  return {
    url,
    log: () => output,
    events,
    async text(path) {
      const response = await fetch(new URL(path, url));
      return {status: response.status, body: await response.text()};
    },
    until,
    reloads(from = 0) {
      return events.slice(from).filter((event) => event.event === 'reload').map((event) => event.data as string[]);
    },
    async stop() {
      listening.abort();
      await following;
      stop.abort();
      await run;
    }
  };
}
