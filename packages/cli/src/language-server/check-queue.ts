/**
 * Runs document checks one at a time, each document at most once in the
 * queue: keystrokes that arrive while a check runs leave one check of the
 * latest text to do, not one per keystroke.
 */
export class CheckQueue {
  private readonly wanted = new Set<string>();
  private running = false;
  private readonly run: (uri: string) => Promise<void>;

  constructor(run: (uri: string) => Promise<void>) {
    this.run = run;
  }

  schedule(uri: string): void {
    this.wanted.add(uri);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.take(); next !== undefined; next = this.take()) await this.run(next);
    } finally {
      this.running = false;
    }
  }

  private take(): string | undefined {
    const [first] = this.wanted;
    if (first !== undefined) this.wanted.delete(first);
    return first;
  }
}
