import type { DataSource, QueryRunner } from "typeorm";

/**
 * PostgreSQL: runs `work` in a transaction that first takes the conversation's advisory lock — the
 * one every insert into that conversation holds until it commits (`[low, high]` for two people,
 * `[0, groupId]` for a group). Work that counts the conversation's messages (unread recounts) then
 * starts its statements after any insert in flight has committed, instead of counting from a
 * snapshot that misses it while the insert's trigger adds one on top. SQLite: one writer, so the
 * work just runs.
 */
export async function underConversationLock(
  dataSource: DataSource,
  key: readonly [number, number],
  work: (runner?: QueryRunner) => Promise<void>,
): Promise<void> {
  if (dataSource.options.type !== "postgres") return work();
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...key]);
    await work(manager.queryRunner);
  });
}
