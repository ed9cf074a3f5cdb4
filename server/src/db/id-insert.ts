import type { DataSource } from "typeorm";
import type { CompiledQuery } from "./compiled-query";
import { type DependentList, DependentRefused } from "./dependent-statements";
import { returned } from "./returned";
import { type SqliteConnection, SqliteDependentRefused, SqliteInsertBatcher } from "./sqlite-insert-batcher";

/**
 * An INSERT … RETURNING "id": through the group commit on SQLite (one writer, so concurrent sends
 * share a transaction), as a plain statement on PostgreSQL (which commits concurrently by itself).
 * Resolves with the new id once committed, or null when the statement inserted nothing. With
 * dependent statements, the row and they commit together or not at all (DependentRefused).
 */
export class IdInsert<P extends Record<string, unknown>> {
  private readonly batcher: SqliteInsertBatcher | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly query: CompiledQuery<P>,
  ) {
    this.batcher =
      dataSource.options.type === "better-sqlite3"
        ? new SqliteInsertBatcher((dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection, query.sqlText)
        : null;
  }

  async run(parameters: P, dependents: DependentList = []): Promise<number | null> {
    if (this.batcher) return this.runOnSqlite(parameters, dependents);
    if (dependents.length === 0) {
      const [inserted] = await this.query.run<{ id: number }>(parameters);
      return inserted ? Number(inserted.id) : null;
    }
    return this.dataSource.transaction(async (manager) => {
      const [inserted] = await this.query.run<{ id: number }>(parameters, manager.queryRunner);
      if (!inserted) return null;
      const id = Number(inserted.id);
      for (const group of dependents) {
        for (const row of group.parameters(id)) {
          if (returned<unknown>(await manager.query(group.sql, row)).length === 0) throw new DependentRefused();
        }
      }
      return id;
    });
  }

  private async runOnSqlite(parameters: P, dependents: DependentList): Promise<number | null> {
    try {
      return await this.batcher!.insertRow(this.query.parametersOf(parameters), dependents);
    } catch (error) {
      throw error instanceof SqliteDependentRefused ? new DependentRefused() : error;
    }
  }
}
