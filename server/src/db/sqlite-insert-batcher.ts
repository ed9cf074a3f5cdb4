/** The part of a better-sqlite3 connection this needs (the driver ships no types of its own here). */
export interface SqliteConnection {
  prepare(sql: string): { get(...parameters: unknown[]): unknown };
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
}

/** Statements run with the new id in the row's transaction; each must return a row or the row is undone. */
export interface SqliteDependents {
  sql: string;
  parameters(insertedId: number): unknown[][];
}

/** Thrown (and the row rolled back) when a dependent statement returned no row. */
export class SqliteDependentRefused extends Error {}

interface Pending {
  parameters: unknown[];
  dependents: readonly SqliteDependents[];
  resolve(id: number | null): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite: every insert requested in the same event-loop turn is written in one
 * transaction, so many concurrent sends share one commit instead of paying one each. Each caller
 * still resolves only after the transaction holding its row committed, so "acknowledged means
 * stored" holds. If the batch fails (one row breaks a constraint), rows are retried one by one and
 * only the offending one fails. A row may bring dependent statements (see `insertRow`) that commit
 * with it or not at all.
 */
export class SqliteInsertBatcher {
  private readonly insert: { get(...parameters: unknown[]): unknown };
  private readonly insertAll: (batch: Pending[]) => Array<number | null>;
  private readonly insertAlone: (row: Pending) => number | null;
  private readonly statements = new Map<string, { get(...parameters: unknown[]): unknown }>();
  private queue: Pending[] = [];

  constructor(
    private readonly connection: SqliteConnection,
    sql: string,
  ) {
    this.insert = connection.prepare(sql);
    this.insertAll = connection.transaction((batch: Pending[]) => batch.map((row) => this.run(row)));
    this.insertAlone = connection.transaction((row: Pending) => this.run(row));
  }

  /**
   * `sql` must end in `RETURNING "id"`; resolves with the new row's id once committed, or null when
   * the statement inserted nothing (an `INSERT … SELECT … WHERE` whose condition refused the row).
   * `dependents` run right after the row, in its transaction, in order; if one returns no row, the row is
   * rolled back and the promise rejects with `SqliteDependentRefused`.
   */
  insertRow(parameters: unknown[], dependents: readonly SqliteDependents[] = []): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ parameters, dependents, resolve, reject });
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
          row.resolve(row.dependents.length > 0 ? this.insertAlone(row) : this.run(row));
        } catch (error) {
          row.reject(error);
        }
      }
    }
  }

  private run(row: Pending): number | null {
    const inserted = this.insert.get(...row.parameters) as { id: number } | undefined;
    if (!inserted) return null;
    const id = Number(inserted.id);
    for (const dependents of row.dependents) {
      const statement = this.prepared(dependents.sql);
      for (const parameters of dependents.parameters(id)) {
        if (statement.get(...parameters) === undefined) throw new SqliteDependentRefused();
      }
    }
    return id;
  }

  private prepared(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.connection.prepare(sql)));
    return statement;
  }
}
