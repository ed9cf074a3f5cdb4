import type { DataSource, QueryRunner } from "typeorm";

/**
 * The lock every edit and deletion holds until it commits, and the changes feed takes before it
 * reads where the feed stands: a feed id drawn by a change not yet committed can then never be
 * passed over by a reader (PostgreSQL draws ids before commit). Conversation keys never use -1.
 */
export const CHANGE_FEED_LOCK = [-1, 0] as const;

/**
 * PostgreSQL: runs `work` in a transaction that first takes an advisory lock, so its statements
 * start after every other holder of that lock has committed. Keys: a conversation's — the one every
 * insert into it holds until it commits (`[low, high]` for two people, `[0, groupId]` for a group),
 * taken by unread recounts so they never count from a snapshot that misses an insert in flight —
 * CHANGE_FEED_LOCK, and an uploader's `quotaLock`. SQLite: one writer, so the work just runs.
 */
export async function underAdvisoryLock<T = void>(
  dataSource: DataSource,
  key: readonly [number, number],
  work: (runner?: QueryRunner) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== "postgres") return work();
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [...key]);
    return work(manager.queryRunner);
  });
}

/** The lock an uploader's quota check holds until its insert commits (`[-2, uploaderId]`). */
export const quotaLock = (uploaderId: number) => [-2, uploaderId] as const;
