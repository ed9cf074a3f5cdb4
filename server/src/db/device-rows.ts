import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";

type Owned = { userId: number };

/**
 * A per-device row a person holds (a browser's push subscription, an app install's token), keyed by
 * something a device keeps when the account on it changes: the three statements that save one.
 */
export interface DeviceRowStatements<V extends Owned> {
  /** INSERT … ON CONFLICT (key) DO NOTHING RETURNING the row. */
  insertNew: CompiledQuery<V>;
  /** UPDATE … WHERE key RETURNING the row: the device changed hands, or its keys. */
  takeOver: CompiledQuery<V>;
  /** From `keepNewest`. */
  trim: CompiledQuery<{ userId: number; keep: number }>;
}

/** Deletes a person's rows of `table` but the `keep` newest. */
export function keepNewest(dataSource: DataSource, table: string): CompiledQuery<{ userId: number; keep: number }> {
  return new CompiledQuery(
    dataSource,
    `DELETE FROM "${table}" WHERE "user_id" = :userId AND "id" NOT IN (
       SELECT "id" FROM "${table}" WHERE "user_id" = :userId ORDER BY "created_at" DESC, "id" DESC LIMIT :keep)`,
    ["userId", "keep"],
  );
}

/**
 * Stores the row for the person (moving it from whoever held its key), then keeps only their `keep`
 * newest. `created`: the key was not stored before.
 */
export async function saveDeviceRow<V extends Owned, R>(
  statements: DeviceRowStatements<V>,
  value: V,
  keep: number,
): Promise<{ row: R; created: boolean }> {
  const [inserted] = returned(await statements.insertNew.run<R>(value));
  const result = inserted ? { row: inserted, created: true } : { row: returned(await statements.takeOver.run<R>(value))[0], created: false };
  await statements.trim.run({ userId: value.userId, keep });
  // A DELETE of the same key between the two statements: it was removed, so it counts as new.
  if (!result.row) return saveDeviceRow(statements, value, keep);
  return { row: result.row, created: result.created };
}
