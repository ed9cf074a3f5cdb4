/**
 * Work done after the answer has gone: looking the address up, storing a token, talking to the SMTP
 * server. The answer to "reset my password" must not wait for any of it, or its timing would tell
 * whether the address has an account. Failures are logged, never thrown at anyone.
 */
export class Outbox {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: (error: unknown) => void) {}

  post(job: () => Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(job)
      .catch(this.log)
      .finally(() => this.pending.delete(run));
    this.pending.add(run);
  }

  /** Resolves once every posted job has finished (closing the server, tests). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
