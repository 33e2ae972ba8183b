export interface RebuildQueue {
  /** Paths changed: rebuild once things are quiet. */
  add(paths: string[]): void;
  /** Resolves when no rebuild runs or waits. */
  idle(): Promise<void>;
  /** Stop: nothing new starts; resolves once the running rebuild ends. */
  close(): Promise<void>;
}

/**
 * One rebuild at a time over the paths changed since the last one. A burst
 * of changes (an editor writes, renames, touches) waits for `quietMs` of
 * quiet; changes that arrive while a rebuild runs make exactly one more,
 * after it, with all of them.
 */
export function createRebuildQueue(run: (changed: string[]) => Promise<void>, quietMs: number): RebuildQueue {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  const waiting: Array<() => void> = [];

  function settle(): void {
    if (running || timer || pending.size > 0) return;
    for (const resolve of waiting.splice(0)) resolve();
  }

  function start(): void {
    timer = undefined;
    if (running || closed || pending.size === 0) return settle();
    const batch = [...pending].sort();
    pending = new Set();
    running = run(batch).finally(() => {
      running = undefined;
      // What came in meanwhile and is no longer waiting for quiet goes now.
      if (timer === undefined) start();
      else settle();
    });
  }

  return {
    add(paths) {
      if (closed) return;
      for (const path of paths) pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    idle() {
      return new Promise((resolve) => {
        waiting.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      pending = new Set();
      await running;
      settle();
    }
  };
}
