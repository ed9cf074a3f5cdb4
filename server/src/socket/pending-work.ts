/**
 * Work a socket event started and nobody awaits (a departure's last-seen write and presence count,
 * leaving calls). The server drains it before it lets go of Redis and the database: a Redis command
 * issued after `quit()` rejects where nothing can catch it (inside the adapter).
 */
export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.running.add(work);
    const forget = () => {
      this.running.delete(work);
    };
    work.then(forget, forget);
  }

  /** Resolves once nothing tracked is running, including work started while waiting. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
