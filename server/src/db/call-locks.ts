import type { DataSource, QueryRunner } from "typeorm";

/** What a call transition locks: a person (are they free?) or a call (is there room?). */
export type CallLockKey = readonly [space: number, id: number];

/** A person's lock: held while their "in a call?" check and the write that puts them in one run. */
export const personLock = (userId: number): CallLockKey => [-3, userId];
/** A call's lock: held while a join checks the room left and takes a place. */
export const callLock = (callId: number): CallLockKey => [-4, callId];

/**
 * Runs a check-then-write of the call state machine with its keys held, so "is this person free?"
 * and the insert that makes them busy cannot interleave with another process's. PostgreSQL: one
 * transaction whose first statements take advisory locks (each its own statement, so the work's
 * statements see every earlier holder's commit under read committed). SQLite: one process holds
 * the database, so an in-process lock per key serialises the same sections. Keys are always taken
 * in one order, so two sections never wait on each other.
 */
export class CallLocks {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(keys: readonly CallLockKey[], work: (runner?: QueryRunner) => Promise<T>): Promise<T> {
    const ordered = [...new Map(keys.map((key) => [key.join(":"), key])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (this.dataSource.options.type === "postgres") {
      return this.dataSource.transaction(async (manager) => {
        for (const [space, id] of ordered) await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [space, id]);
        return work(manager.queryRunner);
      });
    }
    return this.inProcess(ordered, () => work());
  }

  private async inProcess<T>(keys: readonly CallLockKey[], work: () => Promise<T>): Promise<T> {
    const releases: Array<() => void> = [];
    try {
      for (const key of keys) releases.push(await this.acquire(key.join(":")));
      return await work();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(name: string): Promise<() => void> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => held);
    this.tails.set(name, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(name) === tail) this.tails.delete(name);
    };
  }
}
