/** The build's steps, in order (Zola's shape). */
export const stepNames = ['read', 'collect', 'index', 'find stale', 'check', 'render', 'assemble', 'write', 'record'] as const;

export type StepName = (typeof stepNames)[number];

/** Milliseconds each step of the last run took, in the order they ran. */
export type StepTimings = Array<{step: StepName; ms: number}>;

/** Times the steps of one run. */
export class StepClock {
  readonly timings: StepTimings = [];

  /** Run `work` as `step`, adding its time to any earlier run of that step. */
  async time<T>(step: StepName, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(step, performance.now() - start);
    }
  }

  add(step: StepName, ms: number): void {
    const found = this.timings.find((timing) => timing.step === step);
    if (found) found.ms += ms;
    else this.timings.push({step, ms});
  }
}

/** The timings as `FOLIO_TIMINGS=1` prints them: one step a line. */
export function formatTimings(timings: StepTimings): string {
  return timings.map(({step, ms}) => `folio: ${step.padEnd(10)} ${ms.toFixed(1).padStart(9)} ms\n`).join('');
}
