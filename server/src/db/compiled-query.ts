import type { DataSource, QueryRunner } from "typeorm";

/**
 * A SQL statement written once with :named parameters and turned into the driver's own placeholder
 * style once, at start: hot paths then run a constant SQL string, which the SQLite driver's
 * statement cache prepares only once, without TypeORM's query builder on every call.
 */
export class CompiledQuery<P extends Record<string, unknown>> {
  private readonly sql: string;
  private readonly order: Array<keyof P>;

  constructor(
    private readonly dataSource: DataSource,
    sql: string,
    names: ReadonlyArray<keyof P & string>,
  ) {
    // Passing each parameter's own name as its value shows the order the driver expects them in.
    const [escaped, order] = dataSource.driver.escapeQueryWithParameters(sql, Object.fromEntries(names.map((name) => [name, name])));
    this.sql = escaped;
    this.order = order as Array<keyof P>;
  }

  /** `runner`: run inside that query runner's transaction instead of on any connection. */
  run<R>(parameters: P, runner?: QueryRunner): Promise<R[]> {
    return (runner ?? this.dataSource).query(this.sql, this.parametersOf(parameters));
  }

  /** The driver-ready SQL, for running the statement on the raw connection. */
  get sqlText(): string {
    return this.sql;
  }

  parametersOf(parameters: P): unknown[] {
    return this.order.map((name) => parameters[name]);
  }
}
