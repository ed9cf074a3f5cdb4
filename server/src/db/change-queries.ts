import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { CHANGE_FEED_LOCK, underAdvisoryLock } from "./advisory-lock";
import { MESSAGE_COLUMNS, type MessageRow } from "./message-queries";
import { VISIBLE_TO_USER } from "./visibility";

export interface ChangeRow extends MessageRow {
  change_id: number | string;
}

type Window = { userId: number; after: number; upTo: number; limit: number };

/** Reads the feed of edits and deletions (`message_changes`) for one user. */
export class ChangeQueries {
  private readonly latest: CompiledQuery<Record<string, never>>;
  private readonly window: CompiledQuery<Window>;

  constructor(private readonly dataSource: DataSource) {
    this.latest = new CompiledQuery(dataSource, `SELECT MAX("id") AS "latest" FROM "message_changes"`, []);
    // The current state of each changed message (a message changed twice appears at its last change).
    this.window = new CompiledQuery(
      dataSource,
      `SELECT c."id" AS "change_id", ${MESSAGE_COLUMNS}
       FROM "message_changes" c JOIN "messages" m ON m."id" = c."message_id"
       WHERE c."id" > :after AND c."id" <= :upTo AND ${VISIBLE_TO_USER}
         AND NOT EXISTS (SELECT 1 FROM "message_changes" later WHERE later."message_id" = c."message_id" AND later."id" > c."id" AND later."id" <= :upTo)
       ORDER BY c."id" LIMIT :limit`,
      ["userId", "after", "upTo", "limit"],
    );
  }

  /** Where the feed stands: after every change in flight has committed (CHANGE_FEED_LOCK). */
  async latestId(): Promise<number> {
    let latest = 0;
    await underAdvisoryLock(this.dataSource, CHANGE_FEED_LOCK, async (runner) => {
      const [row] = await this.latest.run<{ latest: number | string | null }>({}, runner);
      latest = Number(row?.latest ?? 0);
    });
    return latest;
  }

  /** Changes the user may see with ids in (after, upTo], oldest first. */
  between(userId: number, after: number, upTo: number, limit: number): Promise<ChangeRow[]> {
    return this.window.run({ userId, after, upTo, limit });
  }
}
