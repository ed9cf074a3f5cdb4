import type { DataSource } from "typeorm";
import type { CompiledQuery } from "./compiled-query";
import { type SqliteConnection, SqliteInsertBatcher } from "./sqlite-insert-batcher";

/**
 * An INSERT … RETURNING "id": through the group commit on SQLite (one writer, so concurrent sends
 * share a transaction), as a plain statement on PostgreSQL (which commits concurrently by itself).
 * Resolves with the new id once committed, or null when the statement inserted nothing.
 */
export class IdInsert<P extends Record<string, unknown>> {
  private readonly batcher: SqliteInsertBatcher | null;

  constructor(
    dataSource: DataSource,
    private readonly query: CompiledQuery<P>,
  ) {
    this.batcher =
      dataSource.options.type === "better-sqlite3"
        ? new SqliteInsertBatcher((dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection, query.sqlText)
        : null;
  }

  async run(parameters: P): Promise<number | null> {
    if (this.batcher) return this.batcher.insertRow(this.query.parametersOf(parameters));
    const [inserted] = await this.query.run<{ id: number }>(parameters);
    return inserted ? Number(inserted.id) : null;
  }
}
