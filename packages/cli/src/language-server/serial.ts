/**
 * Runs work one piece at a time, in the order asked: a re-lint and a
 * format's trial checks each set the session's buffers, then check, and must
 * not interleave.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
