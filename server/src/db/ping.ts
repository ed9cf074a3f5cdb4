import type { DataSource } from "typeorm";

/** Whether the database answers a trivial query right now. */
export function databaseReachable(dataSource: DataSource): Promise<boolean> {
  return dataSource.query("SELECT 1").then(
    () => true,
    () => false,
  );
}
