/**
 * Runs jobs at most `concurrency` at a time, off whatever queued them. Beyond `maxWaiting` jobs
 * waiting, new ones are dropped: a flood of links costs previews, never memory.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: Array<() => Promise<void>> = [];
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
    private readonly log: (error: unknown) => void,
  ) {}

  /** False when the job was dropped. */
  push(job: () => Promise<void>): boolean {
    if (this.waiting.length >= this.maxWaiting) return false;
    this.waiting.push(job);
    this.next();
    return true;
  }

  /** Resolves once nothing runs or waits (tests and shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private next() {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running += 1;
      job()
        .catch(this.log)
        .finally(() => {
          this.running -= 1;
          this.next();
          if (this.running === 0 && this.waiting.length === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
        });
    }
  }
}
