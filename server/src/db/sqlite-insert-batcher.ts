/** The part of a better-sqlite3 connection this needs (the driver ships no types of its own here). */
export interface SqliteConnection {
  prepare(sql: string): { get(...parameters: unknown[]): unknown };
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
}

interface Pending {
  parameters: unknown[];
  resolve(id: number | null): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite: every insert requested in the same event-loop turn is written in one
 * transaction, so many concurrent sends share one commit instead of paying one each. Each caller
 * still resolves only after the transaction holding its row committed, so "acknowledged means
 * stored" holds. If the batch fails (one row breaks a constraint), rows are retried one by one and
 * only the offending one fails.
 */
export class SqliteInsertBatcher {
  private readonly insert: { get(...parameters: unknown[]): unknown };
  private readonly insertAll: (batch: Pending[]) => Array<number | null>;
  private queue: Pending[] = [];

  constructor(connection: SqliteConnection, sql: string) {
    this.insert = connection.prepare(sql);
    this.insertAll = connection.transaction((batch: Pending[]) => batch.map((row) => this.run(row.parameters)));
  }

  /**
   * `sql` must end in `RETURNING "id"`; resolves with the new row's id once committed, or null when
   * the statement inserted nothing (an `INSERT … SELECT … WHERE` whose condition refused the row).
   */
  insertRow(parameters: unknown[]): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ parameters, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    try {
      const ids = this.insertAll(batch);
      batch.forEach((row, index) => row.resolve(ids[index] ?? null));
    } catch {
      // The transaction rolled back as a whole: retry each row alone so one bad row fails alone.
      for (const row of batch) {
        try {
          row.resolve(this.run(row.parameters));
        } catch (error) {
          row.reject(error);
        }
      }
    }
  }

  private run(parameters: unknown[]): number | null {
    const inserted = this.insert.get(...parameters) as { id: number } | undefined;
    return inserted ? Number(inserted.id) : null;
  }
}
