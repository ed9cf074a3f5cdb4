import type { DataSource, QueryRunner } from "typeorm";
import { CompiledQuery } from "./compiled-query";

type SqliteStatement = { all(...parameters: unknown[]): unknown[] };
type SqliteReader = { prepare(sql: string): SqliteStatement };

/**
 * A read a send waits for (the message a reply quotes, the members a text mentions). On SQLite it
 * runs on the driver's own connection with a statement prepared once, synchronously: no query
 * runner and no trip through the event loop, which cost more than the indexed lookup itself. It
 * sees what the insert batcher (on that same connection) sees. On PostgreSQL it is a CompiledQuery.
 */
export class SendPathRead<P extends Record<string, unknown>> extends CompiledQuery<P> {
  private readonly connection: SqliteReader | null;
  private statement: SqliteStatement | null = null;

  constructor(dataSource: DataSource, sql: string, names: ReadonlyArray<keyof P & string>) {
    super(dataSource, sql, names);
    this.connection =
      dataSource.options.type === "better-sqlite3" ? (dataSource.driver as unknown as { databaseConnection: SqliteReader }).databaseConnection : null;
  }

  override run<R>(parameters: P, runner?: QueryRunner): Promise<R[]> {
    if (!this.connection || runner) return super.run<R>(parameters, runner);
    try {
      this.statement ??= this.connection.prepare(this.sqlText);
      return Promise.resolve(this.statement.all(...this.parametersOf(parameters)) as R[]);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
