import type { FastifyBaseLogger } from 'fastify';

/**
 * Work done after the answer is on its way, e.g. the one-time-code mail: the caller gets the same answer
 * in the same time whether or not there is work, so response timing reveals nothing. Failures are logged;
 * `drain` lets shutdown and tests wait for what is in flight.
 */
export class Background {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: FastifyBaseLogger) {}

  /** Starts `work` on a later turn of the event loop (after the current reply has been written). */
  run(label: string, work: () => Promise<void>): void {
    const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((error: unknown) => this.log.error({ err: error }, `${label} failed`))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Resolves when everything started so far has finished. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
