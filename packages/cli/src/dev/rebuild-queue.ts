/** What changed since the last rebuild: files whose bytes changed, and whether files came or went. */
export interface Changes {
  paths: string[];
  /** A file or folder was added or removed: the folder is listed again. */
  listing: boolean;
}

export interface RebuildQueue {
  /** Something changed: rebuild once things are quiet. */
  add(changes: Changes): void;
  /** Stop: nothing new starts; resolves once the running rebuild ends. */
  close(): Promise<void>;
}

/**
 * One rebuild at a time over the paths changed since the last one. A burst
 * of changes (an editor writes, renames, touches) waits for `quietMs` of
 * quiet; changes that arrive while a rebuild runs make exactly one more,
 * after it, with all of them. `run` never rejects (it reports its own errors).
 */
export function createRebuildQueue(run: (changes: Changes) => Promise<void>, quietMs: number): RebuildQueue {
  let pending = new Set<string>();
  let listing = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  function start(): void {
    timer = undefined;
    if (running || closed || (pending.size === 0 && !listing)) return;
    const batch: Changes = {paths: [...pending].sort(), listing};
    pending = new Set();
    listing = false;
    running = run(batch).finally(() => {
      running = undefined;
      // What came in meanwhile and is no longer waiting for quiet goes now.
      if (timer === undefined) start();
    });
  }

  return {
    add(changes) {
      if (closed || (changes.paths.length === 0 && !changes.listing)) return;
      for (const path of changes.paths) pending.add(path);
      listing ||= changes.listing;
      clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      pending = new Set();
      listing = false;
      await running;
    }
  };
}
